using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Metrics;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a comparison: one table per target, total output by year, industries in the last year, and the gap when asked.</summary>
public static class ComparisonConsole
{
    public static void Write(CliConsole console, ComparisonResult comparison, GapExplanation? gap, string outDirectory)
    {
        var ansi = SpectreConsoles.For(console);
        var columns = comparison.Columns;
        ansi.WriteLine($"{comparison.Trials.ToString("N0", ReportText.Invariant)} trials per column, seed {comparison.Seed.ToString(ReportText.Invariant)}: " +
            $"every column uses the same random numbers. Differences (Δ) are to the first column, {columns[0].Label}. Money is in 亿元.");
        // A variant's own values are in comparison.json and .md; here only what the command line added.
        foreach (var column in columns.Where(c => c.Set.Count > 0))
        {
            ansi.WriteLine($"  {column.Label} also sets: {string.Join("; ", column.Set.Select(o => $"{o.Path}={o.Value}"))}");
        }
        if (comparison.Conditioning is { } conditioning)
        {
            ansi.WriteLine(AnalysisText.Conditioned(conditioning, comparison.Trials));
        }
        ansi.WriteLine();
        var conditioned = comparison.Conditioning is not null;
        foreach (var target in comparison.Targets)
        {
            var sign = target.Comparison == "at_least" ? "≥" : "≤";
            var table = new Table().Border(TableBorder.Rounded)
                .Title(Markup.Escape($"{target.Name}: {target.Metric} in {target.Year} {sign} {ReportText.MetricAmount(target.Metric, target.Threshold)}"));
            table.AddColumn("Column");
            foreach (var heading in new[] { "P(met) (95% CI)", "Δ P(met)", "P50", "P10–P90", "Δ P50", "Time to target", "Share" })
            {
                table.AddColumn(new TableColumn(heading).RightAligned());
            }
            if (conditioned)
            {
                table.AddColumn(new TableColumn("ESS").RightAligned());
            }
            for (var c = 0; c < columns.Count; c++)
            {
                var cells = Row(target.Metric, columns[c].Label, target.Cells[c], c == 0);
                cells = conditioned ? [.. cells, AnalysisText.Ess(columns[c].Ess)] : cells;
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
            ansi.Write(table);
        }
        ansi.WriteLine();
        WriteMetrics(ansi, comparison);
        if (gap is not null)
        {
            GapConsole.Write(ansi, gap);
        }
        ansi.WriteLine($"Wrote comparison.json, comparison.csv, comparison.md, report.html and the charts (PNG and SVG){(gap is null ? "" : ", gap.json and gap.md")} to {outDirectory}");
    }

    private static IEnumerable<string> Row(string metric, string label, TargetCell? cell, bool first)
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
            cell.TimeToTarget is { } t ? TimingText.Short(t) : "", cell.TimeToTarget is { } n ? TimingText.ShortShare(n) : "",
        ];
    }

    /// <summary>Total output in every year, then each industry in the last year: P50 per column, with Δ after the first.</summary>
    private static void WriteMetrics(IAnsiConsole ansi, ComparisonResult comparison)
    {
        var columns = comparison.Columns;
        var lastYear = comparison.Metrics.Count == 0 ? 0 : comparison.Metrics.Max(m => m.Year);
        var rows = comparison.Metrics.Where(m => m.Metric == MetricNames.TotalOutput)
            .Concat(comparison.Metrics.Where(m => m.Metric != MetricNames.TotalOutput && m.Year == lastYear)).ToList();
        var table = new Table().Border(TableBorder.Rounded).Title("Main metrics by year, P50 (亿元)");
        table.AddColumn("Metric");
        table.AddColumn(new TableColumn("Year").RightAligned());
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
