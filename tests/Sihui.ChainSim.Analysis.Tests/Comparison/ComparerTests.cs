using Sihui.ChainSim.Analysis.Reports;
using System.Text.Json;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Analysis.Tests.Support;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Runner.Hosting;

namespace Sihui.ChainSim.Analysis.Tests.Comparison;

public sealed class ComparerTests
{
    [Fact]
    public async Task Comparing_a_scenario_with_itself_shows_exactly_zero_differences()
    {
        var column = TestScenarios.Column(TestScenarios.TwoIndustries);
        var result = await Comparer.RunAsync(new DirectRunner(), [column, column with { Label = "again" }]);

        Assert.Equal(2, result.Targets.Count);
        foreach (var cell in result.Targets.SelectMany(t => t.Cells))
        {
            Assert.NotNull(cell);
            Assert.Equal(0.0, cell.ProbabilityDifference);
            Assert.Equal(0.0, cell.P50Difference);
            Assert.Equal(0.0, cell.MeanDifference);
        }
        Assert.NotEmpty(result.Metrics);
        foreach (var cell in result.Metrics.SelectMany(m => m.Cells))
        {
            Assert.Equal(0.0, cell!.MeanDifference);
            Assert.Equal(0.0, cell.P50Difference);
        }
    }

    [Fact]
    public async Task Columns_share_seed_and_trials_and_report_differences_to_the_first()
    {
        var baseline = TestScenarios.Column(TestScenarios.TwoIndustries);
        var push = TestScenarios.Column(TestScenarios.TwoIndustries, "push");
        var result = await Comparer.RunAsync(new DirectRunner(), [baseline, push], new AnalysisSettings { Trials = 300 });

        Assert.Equal(300, result.Trials);
        Assert.Equal(11UL, result.Seed);
        var copper = result.Targets.Single(t => t.TargetId == "copper_2025");
        var (first, second) = (copper.Cells[0]!, copper.Cells[1]!);
        Assert.Equal(300, second.Met.Trials);
        Assert.True(second.Met.Probability > first.Met.Probability);
        Assert.Equal(second.Met.Probability - first.Met.Probability, second.ProbabilityDifference);
        Assert.Equal(second.P50 - first.P50, second.P50Difference);
        Assert.True(second.Met.Low <= second.Met.Probability && second.Met.Probability <= second.Met.High);
        Assert.Contains(result.Metrics, m => m.Metric == "industry_output:food" && m.Year == 2026);
        Assert.Equal(3 * 3, result.Metrics.Count);
    }

    [Fact]
    public async Task Writers_produce_json_csv_and_markdown()
    {
        var baseline = TestScenarios.Column(TestScenarios.TwoIndustries);
        var result = await Comparer.RunAsync(new DirectRunner(), [baseline, TestScenarios.Column(TestScenarios.TwoIndustries, "push")],
            new AnalysisSettings { Trials = 100 });
        using var folder = new TempFolder();

        var files = ComparisonWriter.WriteAll(result, folder.Path, AnalysisWords.En);

        Assert.All(files, f => Assert.True(new FileInfo(f).Length > 0));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, ComparisonWriter.JsonFile)));
        Assert.Equal(2, json.RootElement.GetProperty("columns").GetArrayLength());
        Assert.Equal("push", json.RootElement.GetProperty("columns")[1].GetProperty("variant").GetString());
        var cell = json.RootElement.GetProperty("targets")[0].GetProperty("cells")[1];
        Assert.True(cell.GetProperty("met").TryGetProperty("probability", out _));
        var csv = File.ReadAllLines(Path.Combine(folder.Path, ComparisonWriter.CsvFile));
        Assert.StartsWith("kind,id,name,metric,year,column,probability", csv[0]);
        Assert.Equal(1 + 2 * 2 + 9 * 2, csv.Length);
        var markdown = File.ReadAllText(Path.Combine(folder.Path, ComparisonWriter.MarkdownFile));
        Assert.Contains("| push |", markdown);
        Assert.Contains("铜 Copper", markdown);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public async Task The_orleans_engine_gives_the_direct_engines_comparison_bit_for_bit()
    {
        var columns = new[] { TestScenarios.Column(TestScenarios.TwoIndustries), TestScenarios.Column(TestScenarios.TwoIndustries, "push") };
        var settings = new AnalysisSettings { Trials = 120 };
        var direct = await Comparer.RunAsync(new DirectRunner(), columns, settings);
        await using var silo = await EmbeddedSilo.StartAsync();

        var orleans = await Comparer.RunAsync(silo.CreateRunner(), columns, settings);

        Assert.Equal(AnalysisJson.Serialize(direct), AnalysisJson.Serialize(orleans));
        Assert.Equal(
            AnalysisJson.Serialize(direct.Outcomes.Select(o => o.Result.TimeToTarget)),
            AnalysisJson.Serialize(orleans.Outcomes.Select(o => o.Result.TimeToTarget)));
        Assert.NotEmpty(orleans.Outcomes[0].Result.TimeToTarget);
    }
}
