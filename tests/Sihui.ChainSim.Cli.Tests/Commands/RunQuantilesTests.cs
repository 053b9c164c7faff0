using System.Globalization;
using System.Text.Json;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.TestSupport;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary><c>run</c> writes quantiles.csv beside summary.json, by its rule and bits, and <c>score</c> reads it back.</summary>
public sealed class RunQuantilesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Quantiles_csv_has_every_run_level_metric_and_year_and_its_p10_p50_p90_are_summary_json_s()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");

        // --raw: the percentiles in full precision, so they are summary.json's bits.
        var result = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "60", "--raw", "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        var quantiles = QuantilesCsv.Read(Path.Combine(outDir, QuantilesCsv.FileName));
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "summary.json")));
        var checkedRows = 0;
        foreach (var year in summary.RootElement.GetProperty("years").EnumerateArray())
        {
            var y = year.GetProperty("year").GetInt32();
            foreach (var metric in year.GetProperty("metrics").EnumerateObject())
            {
                var p50 = metric.Value.GetProperty("p50");
                var watchedOnly = metric.Name.StartsWith("enterprise_output:", StringComparison.Ordinal);
                if (p50.ValueKind != JsonValueKind.Number || (watchedOnly && !quantiles.ContainsKey((metric.Name, y))))
                {
                    continue;
                }
                Assert.True(quantiles.TryGetValue((metric.Name, y), out var forecast), $"{metric.Name} {y} is missing from quantiles.csv");
                Assert.Equal(
                    (metric.Value.GetProperty("p10").GetDouble(), p50.GetDouble(), metric.Value.GetProperty("p90").GetDouble()),
                    (forecast.At(10), forecast.At(50), forecast.At(90)));
                for (var i = 1; i < 99; i++)
                {
                    Assert.True(forecast.At(i + 1) >= forecast.At(i), $"{metric.Name} {y}: p{i + 1} is below p{i}");
                }
                checkedRows++;
            }
        }
        Assert.Contains(quantiles.Keys, k => k.Metric == "total_output");
        Assert.Contains(quantiles.Keys, k => k.Metric.StartsWith("industry_output:", StringComparison.Ordinal));
        Assert.Contains(quantiles.Keys, k => k.Metric.StartsWith("growth:", StringComparison.Ordinal));
        Assert.Equal(checkedRows, quantiles.Count);
    }

    [Fact]
    public async Task Run_then_score_on_its_folder_gives_finite_PIT_and_CRPS()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var outDir = _temp.File("out");
        var run = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "60", "--quiet", "--out", outDir);
        Assert.Equal(0, run.ExitCode);
        var quantiles = QuantilesCsv.Read(Path.Combine(outDir, QuantilesCsv.FileName));
        var year = quantiles.Keys.Where(k => k.Metric == "total_output").Max(k => k.Year);
        var p50 = quantiles[("total_output", year)].At(50);
        File.WriteAllText(_temp.File("actuals.csv"), string.Create(CultureInfo.InvariantCulture,
            $"metric,id,year,value\ntotal_output,,{year},{p50 * 1.05:R}\ntotal_output,,{year - 1},{p50 * 0.9:R}\n"));

        var score = await CliHarness.RunAsync("score", outDir, "--actuals", _temp.File("actuals.csv"), "--json", "--out", _temp.File("score"));

        Assert.Equal(0, score.ExitCode);
        using var json = JsonDocument.Parse(score.Out);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        foreach (var row in rows)
        {
            var pit = row.GetProperty("pit").GetDouble();
            Assert.InRange(pit, 0.0, 1.0);
            Assert.True(double.IsFinite(row.GetProperty("crps").GetDouble()) && row.GetProperty("crps").GetDouble() > 0);
        }
        Assert.True(rows.Single(r => r.GetProperty("year").GetInt32() == year).GetProperty("pit").GetDouble() > 0.5);
        Assert.True(double.IsFinite(json.RootElement.GetProperty("summary").GetProperty("mean_crps").GetDouble()));
    }
}
