using Sihui.ChainSim.Analysis.Charts;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Reports.Workbook;
using Sihui.ChainSim.Cli.Commands;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>
/// A run's files besides summary.json, report.md and run.json: years.csv, quantiles.csv, the self-contained report.html,
/// the fan chart and the stacked industry chart, and results.xlsx with --xlsx. Each is made when it is written; the report
/// and the chart files share one drawing.
/// </summary>
public static class RunReportFiles
{
    public static void AddTo(IDictionary<string, Action<Stream>> files, RunReport report, OutputFormat? format = null)
    {
        format ??= OutputFormat.Default;
        var csv = format.Csv;
        files["years.csv"] = stream => YearsCsvWriter.Write(report, stream, csv);
        var outcome = report.Outcome;
        if (outcome.Result.Years.Count == 0)
        {
            return;
        }
        files[QuantilesCsv.FileName] = stream => stream.Write(RunQuantiles.Csv(outcome.Result, csv));
        var workbook = format.In(report.Language);
        workbook.AddWorkbook(files, () => ResultsWorkbook.Sheets(report, workbook.Language));
        var charts = ReportHtml.RunCharts(outcome.Result, outcome.Scenario.Definition, report.Language);
        ChartImage.DrawPngsInBackground(charts);
        files[ReportHtml.FileName] = stream => stream.Write(OutputFiles.Utf8.GetBytes(ReportHtml.ForRun(report, charts)));
        // The fan chart of total output and the stacked industry chart are saved beside the report as well.
        foreach (var chart in charts.Take(2))
        {
            files[chart.Name + ".png"] = stream => stream.Write(chart.Png);
            files[chart.Name + ".svg"] = stream => stream.Write(OutputFiles.Utf8.GetBytes(chart.Svg));
        }
    }
}
