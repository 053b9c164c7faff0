using System.Text.Json;
using Sihui.ChainSim.TestSupport;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary><c>chainsim calibrate</c>'s backcast of levels: the scenario rebased at the first history year, run with the fitted values, against the history.</summary>
public sealed class CalibrateLevelBackcastTests
{
    private static readonly SyntheticHistory History = SyntheticHistory.Generate();

    [Fact]
    public async Task The_history_is_charted_against_the_fitted_fan_and_about_80_percent_falls_inside()
    {
        using var dir = new TempDirectory();
        var scenario = dir.File("synthetic.yaml");
        File.WriteAllText(scenario, History.ScenarioYaml());
        var history = dir.File("history.csv");
        File.WriteAllText(history, History.Csv);
        var outDir = dir.File("out");

        var result = await CliHarness.RunAsync("calibrate", scenario, "--history", history, "--engine", "direct", "--trials", "400", "--json", "--out", outDir);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var backcast = json.RootElement.GetProperty("level_backcast");
        Assert.Equal((2012, 2023), (backcast.GetProperty("origin").GetInt32(), backcast.GetProperty("end_year").GetInt32()));
        var series = backcast.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(SyntheticHistory.Firms, series.Count);
        var inside = 0;
        var of = 0;
        foreach (var s in series)
        {
            var years = s.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
            Assert.Equal(Enumerable.Range(2013, 11), years);
            var p10 = s.GetProperty("p10").EnumerateArray().Select(v => v.GetDouble()).ToList();
            var p90 = s.GetProperty("p90").EnumerateArray().Select(v => v.GetDouble()).ToList();
            var historyYears = s.GetProperty("history_years").EnumerateArray().Select(y => y.GetInt32()).ToList();
            var values = s.GetProperty("history_values").EnumerateArray().Select(v => v.GetDouble()).ToList();
            for (var i = 0; i < historyYears.Count; i++)
            {
                var at = years.IndexOf(historyYears[i]);
                if (at >= 0)
                {
                    of++;
                    inside += values[i] >= p10[at] && values[i] <= p90[at] ? 1 : 0;
                }
            }
        }
        // 440 firm-years, fitted to the same years and sharing their shocks: a broad band that still catches a wrong sd.
        Assert.Equal(440, of);
        Assert.InRange(inside / (double)of, 0.70, 0.90);
        Assert.True(new FileInfo(Path.Combine(outDir, "backcast-level-enterprise_output-firm01.png")).Length > 1000);
        Assert.Equal(12, Directory.GetFiles(outDir, "backcast-level-*.svg").Length);
    }

    [Fact]
    public async Task Without_an_enterprise_s_output_before_the_base_year_the_backcast_is_skipped_and_said_so()
    {
        using var dir = new TempDirectory();
        var scenario = dir.File("synthetic.yaml");
        File.WriteAllText(scenario, History.ScenarioYaml());
        var history = dir.File("history.csv");
        File.WriteAllText(history, "metric,id,year,value\nenterprise_output,firm01,2023,10\nenterprise_output,firm01,2024,11\nenterprise_output,firm01,2025,12\nenterprise_output,firm01,2026,13\n");

        var result = await CliHarness.RunAsync("calibrate", scenario, "--history", history, "--engine", "direct", "--out", dir.File("out"), "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("level backcast: not run (no enterprise_output before the base year 2023", result.Out, StringComparison.Ordinal);
    }
}
