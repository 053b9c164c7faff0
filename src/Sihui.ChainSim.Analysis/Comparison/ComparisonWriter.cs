using System.Text;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.Comparison;

/// <summary>Writes a comparison as comparison.json, comparison.csv (one row per target or metric, year and column) and comparison.md.</summary>
public static class ComparisonWriter
{
    public const string JsonFile = "comparison.json";
    public const string CsvFile = "comparison.csv";
    public const string MarkdownFile = "comparison.md";

    /// <summary>Writes the three files into <paramref name="folder"/>, comparison.md in the language of <paramref name="words"/>; returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(ComparisonResult comparison, string folder, AnalysisWords words, CsvFormat? format = null)
    {
        var paths = new List<string>();
        foreach (var (name, bytes) in Files(comparison, words, format))
        {
            var path = Path.Combine(folder, name);
            OutputFiles.WriteAtomically(path, bytes);
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>
    /// comparison.json, comparison.csv and comparison.md with their bytes, for writing as part of a set. Only the
    /// Markdown follows the language; the JSON and CSV are the same in every language.
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> Files(ComparisonResult comparison, AnalysisWords words, CsvFormat? format = null) => new Dictionary<string, byte[]>
    {
        [JsonFile] = AnalysisJson.Bytes(comparison),
        [CsvFile] = (format ?? CsvFormat.Default).Bytes(Csv(comparison, format)),
        [MarkdownFile] = OutputFiles.Utf8.GetBytes(Markdown(comparison, words)),
    };

    /// <summary>The CSV text (without a byte-order mark), numbers as <paramref name="format"/> writes them.</summary>
    public static string Csv(ComparisonResult comparison, CsvFormat? format = null)
    {
        var f = format ?? CsvFormat.Default;
        var csv = new CsvText();
        csv.Row("kind", "id", "name", "metric", "year", "column", "probability", "ci95_low", "ci95_high", "mean", "p10", "p50", "p90",
            "probability_difference", "p50_difference", "mean_difference", "first_year_p50", "never_share", "timing_event",
            "earliest_year", "holds_every_year");
        foreach (var target in comparison.Targets)
        {
            for (var c = 0; c < comparison.Columns.Count; c++)
            {
                if (target.Cells[c] is not { } cell)
                {
                    continue;
                }
                csv.Row("target", target.TargetId, target.Name, target.Metric, ReportText.Integer(target.Year), comparison.Columns[c].Label,
                    f.Number(cell.Met.Probability), f.Number(cell.Met.Low), f.Number(cell.Met.High),
                    f.Number(cell.Mean), f.Number(cell.P10), f.Number(cell.P50), f.Number(cell.P90),
                    f.Number(cell.ProbabilityDifference), f.Number(cell.P50Difference), f.Number(cell.MeanDifference),
                    cell.TimeToTarget?.FirstYearP50 is { } y ? ReportText.Integer(y) : "",
                    cell.TimeToTarget is { } t ? f.Number(t.NeverShare) : "",
                    cell.TimeToTarget is { } e ? (e.Event == TimingEvent.FirstBreach ? "first_breach" : "first_met") : "",
                    cell.TimeToTarget?.EarliestYear is { } earliest ? ReportText.Integer(earliest) : "",
                    f.Number(cell.TimeToTarget?.HoldsEveryYear?.Probability));
            }
        }
        foreach (var metric in comparison.Metrics)
        {
            for (var c = 0; c < comparison.Columns.Count; c++)
            {
                if (metric.Cells[c] is not { } cell)
                {
                    continue;
                }
                csv.Row("metric", metric.Metric, metric.Name, metric.Metric, ReportText.Integer(metric.Year), comparison.Columns[c].Label,
                    "", "", "", f.Number(cell.Mean), "", f.Number(cell.P50), "",
                    "", f.Number(cell.P50Difference), f.Number(cell.MeanDifference), "", "", "", "", "");
            }
        }
        return csv.ToString();
    }

    /// <summary>comparison.md: targets and metrics under their names in the language of <paramref name="words"/>.</summary>
    public static string Markdown(ComparisonResult comparison, AnalysisWords words)
    {
        comparison = AnalysisLabels.In(comparison, words);
        var w = words.Report;
        var text = new StringBuilder();
        var columns = comparison.Columns;
        text.Append($"# {w.ScenarioComparison}\n\n");
        text.Append(w.ComparisonLine(comparison.Trials, comparison.Seed, $"**{columns[0].Label}**")).Append("\n\n");
        var conditioned = comparison.Conditioning is not null;
        string[] headers = [w.Column, w.Scenario, w.ScenarioFile, w.Variant, w.Overrides];
        var columnTable = new MarkdownTable(conditioned ? [.. headers, "ESS"] : headers);
        foreach (var c in columns)
        {
            string[] cells = [c.Label, c.Scenario, Path.GetFileName(c.File), c.Variant ?? "", string.Join("; ", c.Overrides)];
            columnTable.Row(conditioned ? [.. cells, AnalysisText.Ess(c.Ess)] : cells);
        }
        columnTable.AppendTo(text);
        if (comparison.Conditioning is { } conditioning)
        {
            text.Append('\n').Append(AnalysisText.Conditioned(conditioning, comparison.Trials, words)).Append('\n');
        }

        text.Append($"\n## {w.Targets}\n\n");
        foreach (var target in comparison.Targets)
        {
            var sign = target.Comparison == "at_least" ? "≥" : "≤";
            text.Append($"### {target.Name}\n\n{words.MetricInYear($"`{target.Metric}`", target.Year)} {sign} {ReportText.MetricAmount(target.Metric, target.Threshold)}\n\n");
            var table = new MarkdownTable(w.Column, w.Probability, w.Interval95, w.DeltaProbability, "P50", "P10–P90", "Δ P50", w.TimeToTarget, w.Share);
            for (var c = 0; c < columns.Count; c++)
            {
                if (target.Cells[c] is not { } cell)
                {
                    table.Row(columns[c].Label, "—", "", "", "", "", "", "", "");
                    continue;
                }
                table.Row(columns[c].Label, ReportText.Percent(cell.Met.Probability),
                    $"{ReportText.Percent(cell.Met.Low)}–{ReportText.Percent(cell.Met.High)}", c == 0 ? "" : ReportText.PercentPoints(cell.ProbabilityDifference),
                    ReportText.MetricAmount(target.Metric, cell.P50),
                    $"{ReportText.MetricAmount(target.Metric, cell.P10)}–{ReportText.MetricAmount(target.Metric, cell.P90)}",
                    c == 0 ? "" : ReportText.SignedMetric(target.Metric, cell.P50Difference),
                    cell.TimeToTarget is { } t ? TimingText.Short(t, w) : "", cell.TimeToTarget is { } n ? TimingText.ShortShare(n, w) : "");
            }
            table.AppendTo(text);
            text.Append('\n');
        }

        text.Append($"## {w.MainMetricsByYear}\n\n");
        var metricHeaders = new List<string> { w.Metric, w.Year };
        metricHeaders.AddRange(columns.SelectMany((c, i) => i == 0
            ? new[] { $"{c.Label} {w.MeanWord}", $"{c.Label} P50" }
            : [$"{c.Label} {w.MeanWord}", words.DeltaMean, $"{c.Label} P50", "Δ P50"]));
        var metrics = new MarkdownTable([.. metricHeaders]);
        foreach (var row in comparison.Metrics)
        {
            metrics.Row([.. MetricCells(row, columns.Count)]);
        }
        metrics.AppendTo(text);
        return text.ToString();
    }

    /// <summary>One metric's row as the Markdown and HTML reports show it: each column's mean and P50, with differences after the first.</summary>
    internal static IReadOnlyList<string> MetricCells(MetricComparison metric, int columns)
    {
        var cells = new List<string> { metric.Name, ReportText.Integer(metric.Year) };
        for (var c = 0; c < columns; c++)
        {
            var cell = metric.Cells[c];
            cells.Add(cell is null ? "—" : ReportText.Amount(cell.Mean));
            if (c > 0)
            {
                cells.Add(ReportText.SignedAmount(cell?.MeanDifference));
            }
            cells.Add(cell is null ? "—" : ReportText.Amount(cell.P50));
            if (c > 0)
            {
                cells.Add(ReportText.SignedAmount(cell?.P50Difference));
            }
        }
        return cells;
    }
}
