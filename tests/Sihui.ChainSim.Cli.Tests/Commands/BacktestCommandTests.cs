using System.Text.Json;
using Sihui.ChainSim.TestSupport;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary><c>chainsim backtest</c> prints and writes its scores with origin and horizon, and refuses bad input with exit 2.</summary>
public sealed class BacktestCommandTests
{
    private static readonly SyntheticHistory History = SyntheticHistory.Generate();

    private static (string Scenario, string History) Write(TempDirectory dir, string? history = null)
    {
        var scenario = dir.File("synthetic.yaml");
        File.WriteAllText(scenario, History.ScenarioYaml());
        var csv = dir.File("history.csv");
        File.WriteAllText(csv, history ?? History.Csv);
        return (scenario, csv);
    }

    [Fact]
    public async Task Json_gives_rows_with_origin_and_horizon_the_summary_by_horizon_and_the_files_are_written()
    {
        using var dir = new TempDirectory();
        var (scenario, history) = Write(dir);
        var outDir = dir.File("out");

        var result = await CliHarness.RunAsync("backtest", scenario, "--history", history, "--from", "2021", "--engine", "direct",
            "--trials", "120", "--draws", "3", "--seed", "5", "--json", "--out", outDir);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal((2021, 2023, 120, 3), (root.GetProperty("from").GetInt32(), root.GetProperty("to").GetInt32(),
            root.GetProperty("trials").GetInt32(), root.GetProperty("parameter_draws").GetInt32()));
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        // Origins 2021 and 2022: 40 firms two and one years ahead.
        Assert.Equal(40 * 3, rows.Count);
        var first = rows[0];
        Assert.Equal(["origin", "horizon", "metric", "id", "year", "actual", "pit", "inside_p10_p90", "p50_error", "crps"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.All(rows, r => Assert.Equal(r.GetProperty("year").GetInt32() - r.GetProperty("origin").GetInt32(), r.GetProperty("horizon").GetInt32()));
        var summary = root.GetProperty("summary");
        Assert.Equal(120, summary.GetProperty("n").GetInt32());
        Assert.InRange(summary.GetProperty("coverage_p10_p90").GetDouble(), 0, 1);
        Assert.True(summary.GetProperty("coverage_low").GetDouble() <= summary.GetProperty("coverage_p10_p90").GetDouble());
        Assert.Equal(10, summary.GetProperty("pit_histogram").GetArrayLength());
        Assert.Equal([1, 2], root.GetProperty("by_horizon").EnumerateArray().Select(h => h.GetProperty("horizon").GetInt32()));
        var origin = root.GetProperty("origins")[0];
        Assert.Equal(2021, origin.GetProperty("origin").GetInt32());
        Assert.Equal(40, origin.GetProperty("kept_enterprises").GetArrayLength());
        Assert.Contains(origin.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("path").GetString() == "economy.shock.sd");

        Assert.Equal(result.Out, File.ReadAllText(Path.Combine(outDir, "backtest.json")));
        var csv = File.ReadAllLines(Path.Combine(outDir, "backtest-scores.csv"));
        Assert.Equal("origin,horizon,metric,id,year,actual,pit,inside_p10_p90,p50_error,crps", csv[0]);
        Assert.Equal(1 + rows.Count, csv.Length);
        foreach (var chart in new[] { "pit-histogram.png", "pit-histogram.svg", "coverage-by-horizon.png", "coverage-by-horizon.svg" })
        {
            Assert.True(new FileInfo(Path.Combine(outDir, chart)).Length > 1000, chart);
        }
    }

    [Fact]
    public async Task The_table_names_the_origins_and_the_horizons()
    {
        using var dir = new TempDirectory();
        var (scenario, history) = Write(dir);

        var result = await CliHarness.RunAsync("backtest", scenario, "--history", history, "--from", "2022", "--engine", "direct",
            "--trials", "60", "--draws", "2", "--out", dir.File("out"), "--lang", "en");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Origins 2022–2022, forecast to 2023", result.Out, StringComparison.Ordinal);
        Assert.Contains("Scores by horizon", result.Out, StringComparison.Ordinal);
        Assert.Contains("40 actuals", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023", "must be before the scenario's base_year 2023")]
    [InlineData("2030", "must be before the scenario's base_year 2023")]
    [InlineData("2005", "is outside the history, which runs 2012–2023")]
    public async Task A_from_outside_the_history_or_not_before_the_base_year_exits_2(string from, string message)
    {
        using var dir = new TempDirectory();
        var (scenario, history) = Write(dir);

        var result = await CliHarness.RunAsync("backtest", scenario, "--history", history, "--from", from, "--engine", "direct", "--out", dir.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public async Task A_bad_history_file_exits_2_naming_its_line_and_field()
    {
        using var dir = new TempDirectory();
        var (scenario, history) = Write(dir, "metric,id,year,value\nenterprise_output,firm01,2012,-3\n");

        var result = await CliHarness.RunAsync("backtest", scenario, "--history", history, "--from", "2012", "--engine", "direct", "--out", dir.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("history.csv:2:", result.Error, StringComparison.Ordinal);
        Assert.Contains("value", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
