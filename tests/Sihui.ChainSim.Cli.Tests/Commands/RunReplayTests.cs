using System.Text.Json;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary><c>run --replay</c>, and the overrides every run output carries so a replay has what it needs.</summary>
public sealed class RunReplayTests : IDisposable
{
    private static readonly string[] VariantAndThreeSets =
    [
        "--variant", "pessimistic",
        "--set", "economy.shock.sd=0.03",
        "--set", "industries.ind01.price.drift=0.02",
        "--set", "enterprises.e01.growth.mean=0.07",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Replay_of_a_run_with_a_variant_and_three_sets_gives_the_same_summary_bytes()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var first = await CliHarness.RunAsync(
            ["run", scenario, "--engine", "direct", "--trials", "70", "--seed", "9", "--quiet", "--out", _temp.File("a"), .. VariantAndThreeSets]);
        Assert.Equal(0, first.ExitCode);

        var replay = await CliHarness.RunAsync("run", "--replay", _temp.File("a/summary.json"), "--quiet", "--out", _temp.File("b"));

        Assert.Equal(0, replay.ExitCode);
        var original = await File.ReadAllBytesAsync(_temp.File("a/summary.json"));
        Assert.Equal(original, await File.ReadAllBytesAsync(_temp.File("b/summary.json")));
        // Not a trivial match: the replay ran the variant and the three values, not the file as written.
        var baseline = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "70", "--seed", "9", "--quiet", "--out", _temp.File("c"));
        Assert.Equal(0, baseline.ExitCode);
        Assert.NotEqual(original, await File.ReadAllBytesAsync(_temp.File("c/summary.json")));
    }

    [Fact]
    public async Task Summary_report_and_run_json_list_the_variant_values_and_the_sets_with_their_sources()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync(
            ["run", scenario, "--engine", "direct", "--trials", "30", "--quiet", "--out", _temp.File("out"), .. VariantAndThreeSets]);

        Assert.Equal(0, result.ExitCode);
        string[] expected =
        [
            "economy.shock.mean=-0.02 (variant pessimistic)",
            "parks.park01.attraction.projects_per_year.mean=0.5 (variant pessimistic)",
            "economy.shock.sd=0.03 (set)",
            "industries.ind01.price.drift=0.02 (set)",
            "enterprises.e01.growth.mean=0.07 (set)",
        ];
        Assert.Equal(expected, Overrides(_temp.File("out/summary.json")));
        Assert.Equal(expected, Overrides(_temp.File("out/run.json")));
        var report = await File.ReadAllTextAsync(_temp.File("out/report.md"));
        Assert.Contains("| `economy.shock.mean` | `-0.02` | variant pessimistic |", report, StringComparison.Ordinal);
        Assert.Contains("| `enterprises.e01.growth.mean` | `0.07` | set |", report, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(_temp.File("out/report.html"));
        Assert.Contains("industries.ind01.price.drift", html, StringComparison.Ordinal);
        Assert.Contains("variant pessimistic", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_with_only_sets_is_not_called_the_baseline()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "20", "--quiet", "--lang", "en", "--out", _temp.File("out"),
            "--set", "economy.shock.mean=0.01");

        Assert.Equal(0, result.ExitCode);
        var report = await File.ReadAllTextAsync(_temp.File("out/report.md"));
        Assert.DoesNotContain("(baseline)", report, StringComparison.Ordinal);
        Assert.Contains("| Variant | (none; 1 value changed) |", report, StringComparison.Ordinal);
        Assert.Equal(["economy.shock.mean=0.01 (set)"], Overrides(_temp.File("out/summary.json")));
    }

    [Fact]
    public async Task Replay_of_a_saved_variant_and_slider_values_keeps_their_names_and_sources()
    {
        // A page download: a variant saved on the page (not in the file) and a slider value. Made here from a CLI run
        // whose two --set values are relabelled, so the expected bytes are known.
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var first = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "40", "--quiet", "--out", _temp.File("a"),
            "--set", "economy.shock.mean=0.01", "--set", "economy.shock.sd=0.03");
        Assert.Equal(0, first.ExitCode);
        var text = await File.ReadAllTextAsync(_temp.File("a/summary.json"));
        var page = text.Replace("\"variant\": null", "\"variant\": \"mine\"", StringComparison.Ordinal);
        var firstSource = page.IndexOf("\"source\": \"set\"", StringComparison.Ordinal);
        page = page[..firstSource] + "\"source\": \"variant mine\"" + page[(firstSource + "\"source\": \"set\"".Length)..];
        page = page.Replace("\"source\": \"set\"", "\"source\": \"page\"", StringComparison.Ordinal);
        Assert.NotEqual(text, page);
        await File.WriteAllTextAsync(_temp.File("page-summary.json"), page);

        var replay = await CliHarness.RunAsync("run", "--replay", _temp.File("page-summary.json"), "--quiet", "--out", _temp.File("b"));

        Assert.Equal(0, replay.ExitCode);
        Assert.Equal(page, await File.ReadAllTextAsync(_temp.File("b/summary.json")));
    }

    [Fact]
    public async Task Replay_refuses_a_scenario_file_changed_since_the_summary()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var first = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "20", "--quiet", "--out", _temp.File("a"));
        Assert.Equal(0, first.ExitCode);
        await File.AppendAllTextAsync(scenario, "# edited\n");

        var replay = await CliHarness.RunAsync("run", "--replay", _temp.File("a/summary.json"), "--quiet", "--out", _temp.File("b"));

        Assert.Equal(2, replay.ExitCode);
        Assert.Contains("has changed since the summary was written", replay.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("b")));
        Assert.False(replay.HasStackTrace);
    }

    [Theory]
    [InlineData("--trials", "10")]
    [InlineData("--seed", "3")]
    [InlineData("--until", "2026")]
    [InlineData("--variant", "optimistic")]
    public async Task Replay_refuses_options_the_summary_fixes(string option, string value)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "20", "--quiet", "--out", _temp.File("a"));

        var replay = await CliHarness.RunAsync("run", "--replay", _temp.File("a/summary.json"), option, value, "--out", _temp.File("b"));

        Assert.Equal(2, replay.ExitCode);
        Assert.Contains($"drop {option}", replay.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_of_a_file_that_is_not_a_summary_names_the_missing_field()
    {
        var notSummary = _temp.File("other.json");
        await File.WriteAllTextAsync(notSummary, "{\"scenario\": \"x\"}");

        var replay = await CliHarness.RunAsync("run", "--replay", notSummary);

        Assert.Equal(2, replay.ExitCode);
        Assert.Contains("`scenario_file`", replay.Error, StringComparison.Ordinal);
        Assert.False(replay.HasStackTrace);
    }

    [Fact]
    public async Task Run_without_a_file_or_a_replay_says_what_it_needs()
    {
        var result = await CliHarness.RunAsync("run", "--engine", "direct");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give a scenario FILE, or --replay summary.json", result.Error, StringComparison.Ordinal);
    }

    private static string[] Overrides(string jsonFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(jsonFile));
        return
        [
            .. json.RootElement.GetProperty("overrides").EnumerateArray().Select(o =>
                $"{o.GetProperty("path").GetString()}={o.GetProperty("value").GetString()} ({o.GetProperty("source").GetString()})"),
        ];
    }
}
