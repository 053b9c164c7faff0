using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sihui.ChainSim.Analysis.Scoring;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary>A nowcast's files: quantiles.csv holds the weighted percentiles (so score works on it), and the reports show before and after.</summary>
public sealed class NowcastOutputTests : IDisposable
{
    private const string Header = "metric,year,through_month,value,growth_yoy\n";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Quantiles_csv_holds_the_weighted_percentiles_of_summary_json_and_score_reads_it()
    {
        var (scenario, observed) = await StrongFirstHalfAsync();
        var outDir = _temp.File("now");

        var run = await CliHarness.RunAsync("nowcast", scenario, "--observed", observed, "--engine", "direct", "--trials", "200", "--min-ess", "50", "--quiet", "--raw", "--lang", "en", "--out", outDir);

        Assert.True(run.ExitCode == 0, run.Error);
        var quantiles = QuantilesCsv.Read(Path.Combine(outDir, QuantilesCsv.FileName));
        var plainQuantiles = QuantilesCsv.Read(Path.Combine(_temp.File("plain"), QuantilesCsv.FileName));
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "summary.json")));
        var checkedRows = 0;
        foreach (var year in summary.RootElement.GetProperty("years").EnumerateArray())
        {
            var y = year.GetProperty("year").GetInt32();
            foreach (var metric in year.GetProperty("metrics").EnumerateObject())
            {
                if (metric.Value.GetProperty("p50").ValueKind != JsonValueKind.Number)
                {
                    continue;
                }
                Assert.True(quantiles.TryGetValue((metric.Name, y), out var forecast), $"{metric.Name} {y} is missing from quantiles.csv");
                Assert.Equal(
                    (metric.Value.GetProperty("p10").GetDouble(), metric.Value.GetProperty("p50").GetDouble(), metric.Value.GetProperty("p90").GetDouble()),
                    (forecast.At(10), forecast.At(50), forecast.At(90)));
                checkedRows++;
            }
        }
        Assert.Equal(checkedRows, quantiles.Count);
        // A nowcast weighs every enterprise, so each has its line; the plain run only the watched ones.
        Assert.True(quantiles.Keys.Count(k => k.Metric.StartsWith("enterprise_output:", StringComparison.Ordinal))
            > plainQuantiles.Keys.Count(k => k.Metric.StartsWith("enterprise_output:", StringComparison.Ordinal)));
        // The observed year is pulled up: its weighted median lies above the plain one.
        Assert.True(quantiles[("total_output", 2025)].At(50) > plainQuantiles[("total_output", 2025)].At(50));

        var p50 = quantiles[("total_output", 2025)].At(50);
        await File.WriteAllTextAsync(_temp.File("actuals.csv"), string.Create(CultureInfo.InvariantCulture, $"metric,id,year,value\ntotal_output,,2025,{p50:R}\n"));
        var score = await CliHarness.RunAsync("score", outDir, "--actuals", _temp.File("actuals.csv"), "--json", "--out", _temp.File("score"));
        Assert.True(score.ExitCode == 0, score.Error);
        var pit = JsonNode.Parse(score.Out)!["rows"]![0]!["pit"]!.GetValue<double>();
        Assert.InRange(pit, 0.45, 0.55);
    }

    [Fact]
    public async Task Report_md_and_html_show_each_target_before_and_after_with_the_ess()
    {
        var (scenario, observed) = await StrongFirstHalfAsync();
        var outDir = _temp.File("now");

        var run = await CliHarness.RunAsync("run", scenario, "--observed", observed, "--engine", "direct", "--trials", "200", "--min-ess", "50", "--quiet", "--lang", "en", "--out", outDir);

        Assert.True(run.ExitCode == 0, run.Error);
        var summary = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "summary.json")))!;
        var conditioning = summary["conditioning"]!;
        var ess = ((double)conditioning["ess"]!).ToString("N0", CultureInfo.InvariantCulture);
        var markdown = await File.ReadAllTextAsync(Path.Combine(outDir, "report.md"));
        var html = await File.ReadAllTextAsync(Path.Combine(outDir, "report.html"));
        Assert.Contains("| Before: P(met) (95% interval) | After: P(met) (95% interval) |", markdown, StringComparison.Ordinal);
        Assert.Contains($"effective sample size of {ess} of 200 trials drawn", markdown, StringComparison.Ordinal);
        Assert.Contains($"effective sample size of {ess} of 200 trials drawn", html, StringComparison.Ordinal);
        Assert.Contains("Before 95% interval", html, StringComparison.Ordinal);
        // Each target's line carries its before and its after, in that order.
        foreach (var (before, after) in conditioning["before"]!.AsArray().Zip(summary["targets"]!.AsArray()))
        {
            var name = (string)after!["name"]!;
            // The targets table comes first; the time-to-target table names the targets again.
            var line = markdown.Split('\n').First(l => l.StartsWith("| " + name + " |", StringComparison.Ordinal));
            var beforeText = Percent((double)before!["probability"]!);
            var afterText = Percent((double)after["probability"]!);
            var at = line.IndexOf(" | " + beforeText + " (", StringComparison.Ordinal);
            Assert.True(at > 0, $"{name}: no before {beforeText} in {line}");
            Assert.True(line.IndexOf(" | " + afterText + " (", at + 3, StringComparison.Ordinal) > at, $"{name}: no after {afterText} in {line}");
        }
        Assert.Contains(summary["targets"]!.AsArray().Zip(conditioning["before"]!.AsArray()),
            p => (double)p.First!["probability"]! != (double)p.Second!["probability"]!);
    }

    [Fact]
    public async Task A_plain_runs_report_md_has_no_before_column()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var run = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "50", "--quiet", "--lang", "en", "--out", _temp.File("plain"));

        Assert.Equal(0, run.ExitCode);
        var markdown = await File.ReadAllTextAsync(_temp.File("plain/report.md"));
        Assert.Contains("| Target | Metric | Year | Threshold | P(met) (95% interval) | P10 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Before", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("before 95% interval", await File.ReadAllTextAsync(_temp.File("plain/report.html")), StringComparison.Ordinal);
    }

    private static string Percent(double p) => (p * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The small scenario, its plain run in plain/, and an observed 2025 first half at that run's P90 pace.</summary>
    private async Task<(string Scenario, string Observed)> StrongFirstHalfAsync()
    {
        var scenario = CliHarness.WriteScenario(_temp.Path);
        var plain = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "200", "--json", "--out", _temp.File("plain"));
        Assert.Equal(0, plain.ExitCode);
        var p90 = (double)JsonNode.Parse(plain.Out)!["years"]!.AsArray().Single(y => (int)y!["year"]! == 2025)!["metrics"]!["total_output"]!["p90"]!;
        var observed = _temp.File("strong.csv");
        await File.WriteAllTextAsync(observed, Header + string.Create(CultureInfo.InvariantCulture, $"total_output,2025,6,{p90 * 0.5:F3},\n"));
        return (scenario, observed);
    }
}
