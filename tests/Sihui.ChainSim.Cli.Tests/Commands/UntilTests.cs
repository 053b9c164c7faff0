using System.Text.Json;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary><c>--until</c> names every target it drops, and never runs past end_year.</summary>
public sealed class UntilTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Each_dropped_target_gets_a_line_and_all_targets_says_how_many_it_covers()
    {
        // The generated scenario has 8 targets: total_early in 2026, started_first in 2025, and six in 2028.
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "20", "--until", "2026", "--quiet", "--lang", "en",
            "--out", _temp.File("out"));

        Assert.Equal(0, result.ExitCode);
        var dropped = result.Error.Split('\n').Where(l => l.Contains("--until 2026 drops target", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, dropped.Count);
        Assert.Contains(dropped, l => l.Contains("'land_end'", StringComparison.Ordinal));
        Assert.Contains("\"all targets at once\" covers 2 of 8 targets", result.Error, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(_temp.File("out/summary.json")));
        var all = json.RootElement.GetProperty("all_targets");
        Assert.Equal(2, all.GetProperty("targets_covered").GetInt32());
        Assert.Equal(8, all.GetProperty("targets_total").GetInt32());
        Assert.Equal(
            ["total_end", "park_end", "industry_end", "producing_end", "high_tech_end", "land_end"],
            all.GetProperty("dropped_targets").EnumerateArray().Select(e => e.GetString()));
        var report = await File.ReadAllTextAsync(_temp.File("out/report.md"));
        Assert.Contains("(covers 2 of 8 targets)", report, StringComparison.Ordinal);
        Assert.Contains("Not judged: First park keeps land in reserve (`land_end`, 2028)", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_until_nothing_is_dropped_and_nothing_is_said()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "20", "--quiet", "--lang", "en", "--out", _temp.File("out"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("drops target", result.Error, StringComparison.Ordinal);
        Assert.Contains("(covers 8 of 8 targets)", await File.ReadAllTextAsync(_temp.File("out/report.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2029")]
    [InlineData("2100")]
    public async Task Until_past_end_year_is_refused(string until)
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--until", until, "--out", _temp.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{until} is after the scenario's end_year 2028", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public async Task Until_at_end_year_is_the_full_run()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);

        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "20", "--until", "2028", "--json",
            "--out", _temp.File("out"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(2028, json.RootElement.GetProperty("end_year").GetInt32());
    }
}
