using System.Text.Json;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.TestSupport;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary><c>chainsim score</c> scores actuals against a folder's quantiles.csv, with the JSON layout of the issue, and refuses bad input with exit 2.</summary>
public sealed class ScoreCommandTests
{
    /// <summary>q_p = scale · 100 p: a uniform forecast on [0, 100 · scale].</summary>
    private static ForecastQuantiles Uniform(double scale) => new(Enumerable.Range(1, 99).Select(i => scale * i).ToArray());

    private static string WriteRun(TempDirectory dir)
    {
        File.WriteAllBytes(dir.File(QuantilesCsv.FileName), QuantilesCsv.Write([
            ("total_output", 2025, Uniform(10)),
            ("enterprise_output:jintian", 2025, Uniform(2)),
        ]));
        return dir.Path;
    }

    [Fact]
    public async Task Each_actual_gets_its_PIT_band_P50_error_and_CRPS_and_the_summary_covers_them()
    {
        using var dir = new TempDirectory();
        var run = WriteRun(dir);
        File.WriteAllText(dir.File("actuals.csv"), "metric,id,year,value\ntotal_output,,2025,900\nenterprise_output,jintian,2025,100\nprice_index,copper,2025,1.1\n");

        var result = await CliHarness.RunAsync("score", run, "--actuals", dir.File("actuals.csv"), "--json", "--out", dir.File("score"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        var total = rows[0];
        Assert.Equal(("total_output", "", 2025, 900.0), (total.GetProperty("metric").GetString(), total.GetProperty("id").GetString(),
            total.GetProperty("year").GetInt32(), total.GetProperty("actual").GetDouble()));
        Assert.Equal(0.90, total.GetProperty("pit").GetDouble(), 10);
        Assert.True(total.GetProperty("inside_p10_p90").GetBoolean());
        Assert.Equal(-44.444, total.GetProperty("p50_error").GetDouble(), 3);
        Assert.Equal(Uniform(10).Crps(900), total.GetProperty("crps").GetDouble(), 10);
        Assert.Equal(0.5, rows[1].GetProperty("pit").GetDouble(), 10);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("n").GetInt32());
        Assert.Equal(1.0, summary.GetProperty("coverage_p10_p90").GetDouble());
        Assert.Equal(0.7, summary.GetProperty("mean_pit").GetDouble(), 10);
        Assert.True(summary.GetProperty("mean_crps").GetDouble() > 0);
        Assert.Contains("price_index copper 2025", json.RootElement.GetProperty("unscored")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(result.Out, File.ReadAllText(dir.File(Path.Combine("score", "score.json"))));
        Assert.True(new FileInfo(dir.File(Path.Combine("score", "pit-histogram.png"))).Length > 1000);
    }

    [Fact]
    public async Task The_table_prints_the_rows_and_the_summary()
    {
        using var dir = new TempDirectory();
        var run = WriteRun(dir);
        File.WriteAllText(dir.File("actuals.csv"), "metric,id,year,value\ntotal_output,,2025,1200\n");

        var result = await CliHarness.RunAsync("score", run, "--actuals", dir.File("actuals.csv"), "--out", dir.File("score"), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 actuals: inside P10–P90 0.0%", result.Out, StringComparison.Ordinal);
        Assert.Contains("0 0 0 0 0 0 0 0 0 1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_quantiles_a_bad_actual_and_no_match_exit_2()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("actuals.csv"), "metric,id,year,value\ntotal_output,,2030,5\n");
        var empty = await CliHarness.RunAsync("score", dir.Path, "--actuals", dir.File("actuals.csv"), "--out", dir.File("score"));
        var run = WriteRun(dir);
        var none = await CliHarness.RunAsync("score", run, "--actuals", dir.File("actuals.csv"), "--out", dir.File("score"));
        File.WriteAllText(dir.File("bad.csv"), "metric,id,year,value\ntotal_output,,2025,abc\n");
        var bad = await CliHarness.RunAsync("score", run, "--actuals", dir.File("bad.csv"), "--out", dir.File("score"));

        Assert.Equal((2, 2, 2), (empty.ExitCode, none.ExitCode, bad.ExitCode));
        Assert.Contains("has no quantiles.csv", empty.Error, StringComparison.Ordinal);
        Assert.Contains("no actual in", none.Error, StringComparison.Ordinal);
        Assert.Contains("bad.csv:2:20: value:", bad.Error, StringComparison.Ordinal);
        Assert.False(bad.HasStackTrace);
        Assert.False(Directory.Exists(dir.File("score")));
    }
}
