using Sihui.ChainSim.Analysis.Charts;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>A run's files besides summary.json, years.csv and report.md: quantiles.csv, the self-contained report.html, the fan chart and the stacked industry chart.</summary>
public static class RunReportFiles
{
    public static void AddTo(IDictionary<string, byte[]> files, RunReport report)
    {
        var outcome = report.Outcome;
        if (outcome.Result.Years.Count == 0)
        {
            return;
        }
        files[QuantilesCsv.FileName] = RunQuantiles.Csv(outcome.Result);
        files[ReportHtml.FileName] = OutputFiles.Utf8.GetBytes(ReportHtml.ForRun(outcome.Result, outcome.Scenario, report.Overrides));
        var definition = outcome.Scenario.Definition;
        foreach (var chart in new[]
        {
            FanChart.Of(outcome.Result, definition, MetricNames.TotalOutput, ReportHtml.TotalOutputName),
            StackedOutputChart.Of(outcome.Result, definition),
        })
        {
            foreach (var (name, bytes) in chart.Files())
            {
                files[name] = bytes;
            }
        }
    }
}
