using Sihui.ChainSim.Scenarios.Tests.Loading;

namespace Sihui.ChainSim.Cli.Tests.Checker;

/// <summary>
/// The whole malformed-file suite, and the cases that once passed silently, through every entry point: each must
/// give the verdict the loader gives (refused, warned or accepted). validate and run take the case's --variant and
/// --set; compare takes its variant and skips the cases that need --set (it has no overrides).
/// </summary>
public sealed class OneCheckerTests(EntryPoints entry) : IClassFixture<EntryPoints>
{
    public static TheoryData<string> Names() =>
        new(MalformedCases.All.Keys.Select(k => "malformed: " + k)
            .Concat(CheckerCases.Refused.Keys.Select(k => "refused: " + k))
            .Concat(CheckerCases.Warned.Keys.Select(k => "warned: " + k))
            .Append("valid: minimal"));

    [Fact]
    public void The_suite_holds_the_65_malformed_cases_and_30_new_ones() =>
        Assert.True(MalformedCases.All.Count >= 65 && CheckerCases.Refused.Count + CheckerCases.Warned.Count >= 30);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Every_entry_point_gives_the_same_verdict(string name)
    {
        var (c, expected) = Case(name);
        var file = "c" + Math.Abs(StringComparer.Ordinal.GetHashCode(name)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = entry.Write(file, c);

        var verdicts = new Dictionary<string, (Verdict Verdict, string Said)>
        {
            ["validate"] = await entry.ValidateAsync(path, c),
            ["run"] = await entry.RunAsync(path, c),
            ["api run"] = await entry.PostAsync(file, c, "run", asPage: false),
            ["page run"] = await entry.PostAsync(file, c, "run", asPage: true),
            ["page report"] = await entry.PostAsync(file, c, "report", asPage: true),
        };
        if (await entry.CompareAsync(path, c) is { } compared)
        {
            verdicts["compare"] = compared;
        }

        var wrong = verdicts.Where(v => v.Value.Verdict != expected).Select(v => $"{v.Key}: {v.Value.Verdict}\n{v.Value.Said}").ToList();
        Assert.True(wrong.Count == 0, $"expected {expected} from every entry point; got\n{string.Join("\n", wrong)}");
        if (expected != Verdict.Accepted)
        {
            // Each names the problem in the loader's words.
            Assert.All(verdicts, v => Assert.Contains(c.Fragment.Replace("'", "", StringComparison.Ordinal), v.Value.Said.Replace("'", "", StringComparison.Ordinal).Replace("\\u0027", "", StringComparison.Ordinal), StringComparison.Ordinal));
        }
    }

    private static (MalformedCase Case, Verdict Expected) Case(string name)
    {
        var split = name.IndexOf(": ", StringComparison.Ordinal);
        var (kind, key) = (name[..split], name[(split + 2)..]);
        return kind switch
        {
            "malformed" => (MalformedCases.All[key], Verdict.Refused),
            "refused" => (CheckerCases.Refused[key], Verdict.Refused),
            "warned" => (CheckerCases.Warned[key], Verdict.Warned),
            _ => (new MalformedCase(ScenarioTexts.Minimal, "", "") { Line = 1 }, Verdict.Accepted),
        };
    }
}
