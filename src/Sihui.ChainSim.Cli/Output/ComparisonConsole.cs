using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Metrics;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a comparison: one table per target, total output by year, industries in the last year, and the gap when asked.</summary>
public static class ComparisonConsole
{
    /// <summary>
    /// <paramref name="comparison"/> and <paramref name="gap"/> as <see cref="AnalysisLabels"/> names them in the language
    /// of <paramref name="words"/>; <paramref name="written"/> lists the files for the last line.
    /// </summary>
    public static void Write(CliConsole console, ComparisonResult comparison, GapExplanation? gap, AnalysisWords words, IReadOnlyList<string> written, string outDirectory)
    {
        var ansi = SpectreConsoles.For(console);
        var columns = comparison.Columns;
        var w = words.Report;
        ansi.WriteLine(w.ComparisonLine(comparison.Trials, comparison.Seed, columns[0].Label) + words.SentenceGap + w.MoneyNote);
        // A variant's own values are in comparison.json and .md; here only what the command line added.
        foreach (var column in columns.Where(c => c.Set.Count > 0))
        {
            ansi.WriteLine(words.AlsoSets(column.Label, string.Join("; ", column.Set.Select(o => $"{o.Path}={o.Value}"))));
        }
        if (comparison.Conditioning is { } conditioning)
        {
            ansi.WriteLine(AnalysisText.Conditioned(conditioning, comparison.Trials, words));
        }
        ansi.WriteLine();
        var conditioned = comparison.Conditioning is not null;
        foreach (var target in comparison.Targets)
        {
            var sign = target.Comparison == "at_least" ? "≥" : "≤";
            var table = new Table().Border(TableBorder.Rounded)
                .Title(Markup.Escape(w.TargetHeading(target.Name, target.Metric, target.Year, sign, ReportText.MetricAmount(target.Metric, target.Threshold))));
            table.AddColumn(w.Column);
            foreach (var heading in new[] { words.PMetCi, w.DeltaProbability, "P50", "P10–P90", "Δ P50", w.TimeToTarget, w.Share })
            {
                table.AddColumn(new TableColumn(Markup.Escape(heading)).RightAligned());
            }
            if (conditioned)
            {
                table.AddColumn(new TableColumn("ESS").RightAligned());
            }
            for (var c = 0; c < columns.Count; c++)
            {
                var cells = Row(target.Metric, columns[c].Label, target.Cells[c], c == 0, w);
                cells = conditioned ? [.. cells, AnalysisText.Ess(columns[c].Ess)] : cells;
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
            ansi.Write(table);
        }
        ansi.WriteLine();
        WriteMetrics(ansi, comparison, words);
        if (gap is not null)
        {
            GapConsole.Write(ansi, gap, words);
        }
        ansi.WriteLine(words.Wrote(written, outDirectory));
    }

    private static IEnumerable<string> Row(string metric, string label, TargetCell? cell, bool first, ReportWords w)
    {
        if (cell is null)
        {
            return [label, "—", "", "", "", "", "", ""];
        }
        return
        [
            label, Verdicts.ProbabilityText(cell.Met), first ? "" : ReportText.PercentPoints(cell.ProbabilityDifference),
            ReportText.MetricAmount(metric, cell.P50), $"{ReportText.MetricAmount(metric, cell.P10)}–{ReportText.MetricAmount(metric, cell.P90)}",
            first ? "" : ReportText.SignedMetric(metric, cell.P50Difference),
            cell.TimeToTarget is { } t ? TimingText.Short(t, w) : "", cell.TimeToTarget is { } n ? TimingText.ShortShare(n, w) : "",
        ];
    }

    /// <summary>Total output in every year, then each industry in the last year: P50 per column, with Δ after the first.</summary>
    private static void WriteMetrics(IAnsiConsole ansi, ComparisonResult comparison, AnalysisWords words)
    {
        var columns = comparison.Columns;
        var lastYear = comparison.Metrics.Count == 0 ? 0 : comparison.Metrics.Max(m => m.Year);
        var rows = comparison.Metrics.Where(m => m.Metric == MetricNames.TotalOutput)
            .Concat(comparison.Metrics.Where(m => m.Metric != MetricNames.TotalOutput && m.Year == lastYear)).ToList();
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(words.MainMetricsP50));
        table.AddColumn(words.Report.Metric);
        table.AddColumn(new TableColumn(words.Report.Year).RightAligned());
        for (var c = 0; c < columns.Count; c++)
        {
            table.AddColumn(new TableColumn(Markup.Escape(columns[c].Label)).RightAligned());
            if (c > 0)
            {
                table.AddColumn(new TableColumn("Δ").RightAligned());
            }
        }
        foreach (var row in rows)
        {
            var cells = new List<string> { row.Name, ReportText.Integer(row.Year) };
            for (var c = 0; c < columns.Count; c++)
            {
                cells.Add(row.Cells[c] is { } cell ? ReportText.Amount(cell.P50) : "—");
                if (c > 0)
                {
                    cells.Add(ReportText.SignedAmount(row.Cells[c]?.P50Difference));
                }
            }
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }
        ansi.Write(table);
        ansi.WriteLine();
    }
}
