using System.Text;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>Seeded random damage to a valid scenario: the loader must load it or refuse it, never crash.</summary>
public sealed class LoaderFuzzTests
{
    private const int Cases = 600;
    private static readonly string[] Junk = [":", "{", "}", "[", "]", "&a", "*a", "!!", "|", ">", "- ", "#", "\"", "'", "\t", "%", "@", "`", "?", ",", "铜", "\u00A0", "\r", "\n", "---", "...", "<<: *a", "&x [*x]", "\uD800", "\0", "1e999", "-", "~"];

    [Fact]
    public void Mutated_scenarios_load_or_fail_with_located_errors()
    {
        var failures = new List<string>();
        for (var seed = 0; seed < Cases; seed++)
        {
            var text = Mutate(ScenarioTexts.Rich, new Random(seed));
            try
            {
                ScenarioLoader.LoadText(text, "fuzz.yaml", seed % 7 == 0 ? new ScenarioLoadOptions { Variant = "high" } : null);
            }
            catch (ScenarioValidationException e)
            {
                if (e.Errors.Count == 0 || e.Errors.Any(x => x.Line < 1 && x.File != "--set"))
                {
                    failures.Add($"seed {seed}: badly located errors: {e.Message}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"seed {seed}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    [Fact]
    public void Random_set_overrides_load_or_fail_with_located_errors()
    {
        string[] paths = ["trials", "enterprises.jintian.growth.mean", "enterprises.jintian", "parks.hitech.land_additions.2031",
            "industries", "linkages.1.coefficient", "linkages.9", "enterprises.jintian.growth.mean.x", "", ".", "a..b", "variants.high.set"];
        var failures = new List<string>();
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var value = Mutate("{dist: normal, mean: 0.1, sd: 0.02}", random);
            var options = new ScenarioLoadOptions { Set = [new(paths[random.Next(paths.Length)], value)] };
            try
            {
                ScenarioLoader.LoadText(ScenarioTexts.Rich, "fuzz.yaml", options);
            }
            catch (ScenarioValidationException e) when (e.Errors.All(x => x.Line >= 1 || x.File == "--set"))
            {
            }
            catch (Exception e)
            {
                failures.Add($"seed {seed}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    private static string Mutate(string text, Random random)
    {
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            text = MutateOnce(text, random);
        }
        return text;
    }

    private static string MutateOnce(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        var at = random.Next(text.Length + 1);
        switch (random.Next(9))
        {
            case 0:
                lines.RemoveAt(line);
                return string.Join('\n', lines);
            case 1:
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            case 2 when text.Length > 1:
                var swap = Math.Min(at, text.Length - 2);
                return text[..swap] + text[swap + 1] + text[swap] + text[(swap + 2)..];
            case 3:
                var shift = random.Next(-3, 4);
                lines[line] = shift >= 0 ? new string(' ', shift) + lines[line] : lines[line].TrimStart().PadLeft(Math.Max(0, lines[line].Length + shift));
                return string.Join('\n', lines);
            case 4:
                return text.Insert(at, Junk[random.Next(Junk.Length)]);
            case 5:
                var bytes = new byte[random.Next(1, 6)];
                random.NextBytes(bytes);
                return text.Insert(at, Encoding.Latin1.GetString(bytes));
            case 6:
                var digit = text.IndexOfAny("0123456789".ToCharArray(), at);
                return digit < 0 ? text : text[..digit] + "abc" + text[(digit + 1)..];
            case 7:
                return text[..at];
            default:
                lines.Insert(line, lines[random.Next(lines.Count)]);
                return string.Join('\n', lines);
        }
    }
}
