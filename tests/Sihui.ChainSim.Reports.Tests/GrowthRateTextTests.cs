using System.Text;
using System.Text.Json;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;

namespace Sihui.ChainSim.Reports.Tests;

/// <summary>Rates are percentages for people and exact fractions for machines; summary.json carries the base-year values.</summary>
public sealed class GrowthRateTextTests
{
    private const string Scenario = """
        scenario: growth
        base_year: 2024
        end_year: 2026
        trials: 50
        seed: 3
        industries:
          - {id: copper, value_added_ratio: 0.2}
          - {id: jade}
        enterprises:
          - {id: smelter, industry: copper, output: 100, growth: 0.06}
          - {id: kiln, industry: jade, output: 40, growth: 0.02}
        targets:
          - {id: va, name: 增加值增长, metric: growth:value_added, year: 2025, at_least: 0.06}
          - {id: out, metric: total_output, year: 2026, at_least: 150}
        """;

    private static async Task<RunReport> RunAsync()
    {
        var scenario = CompiledScenario.Compile(SmallScenarios.Load(Scenario, "growth.yaml"));
        var result = await DirectEngine.RunAsync(scenario);
        return new RunReport(new RunOutcome(scenario, result, EngineKind.Direct), "growth.yaml", new string('a', 64), "0.1.0");
    }

    [Theory]
    [InlineData("growth:value_added", 0.06, "6.0%")]
    [InlineData("comparable_growth:total_output", -0.0125, "-1.3%")]
    [InlineData("growth:enterprise_output:smelter", double.NaN, "n/a")]
    [InlineData("value_added", 1234.56, "1,234.6")]
    [InlineData("projects_started", 3, "3")]
    public void A_rate_is_printed_as_a_percentage(string metric, double value, string text) =>
        Assert.Equal(text, ReportText.Metric(metric, value));

    [Fact]
    public void Amount_columns_and_differences_print_rates_as_percentages_and_points()
    {
        Assert.Equal("6.0%", ReportText.MetricAmount("growth:value_added", 0.06));
        Assert.Equal("951.3", ReportText.MetricAmount("total_output", 951.3));
        Assert.Equal("+1.5 pp", ReportText.SignedMetric("growth:total_output", 0.015));
        Assert.Equal("+6.8", ReportText.SignedMetric("total_output", 6.8));
        Assert.True(RunReport.IsMoney("industry_value_added:copper"));
        Assert.False(RunReport.IsMoney("growth:total_output"));
    }

    [Fact]
    public async Task A_growth_target_reads_as_a_percentage_in_the_report_and_as_a_fraction_in_the_files()
    {
        // The English report: the wording checked here is English.
        var report = await RunAsync() with { Language = Scenarios.Definitions.ScenarioLanguage.En };

        var row = report.Targets[0];
        Assert.Equal("≥ 6.0%", row.Threshold);
        Assert.Equal("6.0%", row.Format(row.Result.Value.P50));
        var markdown = Encoding.UTF8.GetString(ReportMarkdownWriter.Write(report));
        Assert.Contains("≥ 6.0%", markdown, StringComparison.Ordinal);
        Assert.Contains("## Growth rates, median (P50)", markdown, StringComparison.Ordinal);
        Assert.Contains("| `growth:value_added` | 6.0% | 6.0% |", markdown, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(SummaryJsonWriter.Write(report));
        var target = json.RootElement.GetProperty("targets")[0];
        Assert.Equal(0.06, target.GetProperty("threshold").GetDouble());
        Assert.Equal(0.06, target.GetProperty("p50").GetDouble(), 12);
        var csv = Encoding.UTF8.GetString(YearsCsvWriter.Write(report));
        Assert.Contains("\n2025,growth:value_added,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("%", csv, StringComparison.Ordinal);
        // new_project_investment has no base-year value: its first rate is defined in no trial, an empty field.
        Assert.Contains("\n2025,growth:new_project_investment,,,,,\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_json_carries_the_base_year_values_with_null_where_the_file_cannot_say()
    {
        var report = await RunAsync();

        using var json = JsonDocument.Parse(SummaryJsonWriter.Write(report));

        var values = json.RootElement.GetProperty("base_year_values");
        Assert.Equal(140, values.GetProperty("total_output").GetDouble());
        Assert.Equal(20, values.GetProperty("value_added").GetDouble());
        Assert.Equal(100, values.GetProperty("enterprise_output:smelter").GetDouble());
        Assert.Equal(JsonValueKind.Null, values.GetProperty("projects_started").ValueKind);
        Assert.Equal(JsonValueKind.Null, values.GetProperty("new_project_investment").ValueKind);
        Assert.False(values.TryGetProperty("growth:total_output", out _));
        // The years keep their meaning: the first entry is the first simulated year.
        Assert.Equal(2025, json.RootElement.GetProperty("years")[0].GetProperty("year").GetInt32());
    }
}
