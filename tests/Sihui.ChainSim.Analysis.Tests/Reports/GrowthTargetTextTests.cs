using Sihui.ChainSim.Analysis.Charts;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Analysis.Sensitivity;
using Sihui.ChainSim.Analysis.Tests.Support;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Analysis.Tests.Reports;

/// <summary>A growth target reads as a percentage in report.html, its chart, and the compare and sensitivity text.</summary>
public sealed class GrowthTargetTextTests
{
    private static readonly string Scenario = TestScenarios.TwoIndustries.Replace(
        "  - {id: total_2026, metric: total_output, year: 2026, at_least: 175}\n",
        "  - {id: total_2026, metric: total_output, year: 2026, at_least: 175}\n  - {id: growth_2025, metric: 'growth:total_output', year: 2025, at_least: 0.06}\n",
        StringComparison.Ordinal);

    [Fact]
    public async Task The_run_report_and_its_fan_chart_print_the_rate_as_a_percentage()
    {
        Assert.Contains("growth_2025", Scenario, StringComparison.Ordinal);
        var outcome = await new DirectRunner().RunAsync(new RunRequest { ScenarioText = Scenario, FileName = "t.yaml", Trials = 200 });

        var html = ReportHtml.ForRun(outcome.Result, outcome.Scenario, language: Scenarios.Definitions.ScenarioLanguage.En);
        var chart = FanChart.Of(outcome.Result, outcome.Scenario.Definition, "growth:total_output", words: ChainSim.Reports.ReportWords.En);
        // new_project_investment has no base-year value, so its first year is left out of the chart rather than failing.
        var undefinedFirstYear = FanChart.Of(outcome.Result, outcome.Scenario.Definition, "growth:new_project_investment");

        Assert.Contains("≥ 6.0%", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"fan-growth-total_output\"", html, StringComparison.Ordinal);
        Assert.Contains("growth_2025 ≥ 6.0%", chart.Svg, StringComparison.Ordinal);
        Assert.Contains("% a year", chart.Svg, StringComparison.Ordinal);
        Assert.Matches(@">\s*2024\s*<", chart.Svg);
        Assert.DoesNotMatch(@">\s*2024\s*<", undefinedFirstYear.Svg);
        Assert.Matches(@">\s*2025\s*<", undefinedFirstYear.Svg);
    }

    [Fact]
    public async Task Compare_and_sensitivity_text_print_the_rate_as_a_percentage_and_changes_in_points()
    {
        var settings = new AnalysisSettings { Trials = 150 };
        var column = TestScenarios.Column(Scenario);
        var comparison = await Comparer.RunAsync(new DirectRunner(), [column, TestScenarios.Column(Scenario, "push")], settings);
        var tornado = await SensitivityAnalyzer.RunAsync(new DirectRunner(), column, "growth_2025", settings: settings);

        var compare = ComparisonWriter.Markdown(comparison, AnalysisWords.En);
        var sensitivity = AnalysisMarkdown.Sensitivity(tornado, AnalysisWords.En);

        Assert.Contains("`growth:total_output` in 2025 ≥ 6.0%", compare, StringComparison.Ordinal);
        Assert.Matches(@"\| push \|[^\n]*\| -?\d+\.\d% \| -?\d+\.\d%–-?\d+\.\d% \| [+-]\d+\.\d pp \|", compare);
        Assert.Matches(@"P50 -?\d+\.\d%\. ", sensitivity);
        Assert.Matches(@"[+-]\d+\.\d pp \|\n", sensitivity);
    }
}
