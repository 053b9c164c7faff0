using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints forecast scores: one row per actual, then coverage, mean PIT, the PIT histogram and mean CRPS.</summary>
public static class ScoreConsole
{
    public static void Write(CliConsole console, ScoreReport report)
    {
        var ansi = SpectreConsoles.For(console);
        var table = new Table().Border(TableBorder.Rounded).Title("Forecasts against actuals");
        table.AddColumn("Metric");
        table.AddColumn(new TableColumn("Year").RightAligned());
        table.AddColumn(new TableColumn("Actual").RightAligned());
        table.AddColumn(new TableColumn("PIT").RightAligned());
        table.AddColumn(new TableColumn("In P10–P90").Centered());
        table.AddColumn(new TableColumn("P50 error").RightAligned());
        table.AddColumn(new TableColumn("CRPS").RightAligned());
        foreach (var r in report.Rows)
        {
            table.AddRow(Markup.Escape(r.Id.Length == 0 ? r.Metric : $"{r.Metric} {r.Id}"), r.Year.ToString(ReportText.Invariant),
                Number(r.Actual), r.Pit.ToString("0.00", ReportText.Invariant), r.InsideP10P90 ? "yes" : "no",
                r.P50Error is { } e ? e.ToString("+0.0;-0.0;0.0", ReportText.Invariant) + "%" : "n/a", Number(r.Crps));
        }
        ansi.Write(table);
        var s = report.Summary;
        ansi.WriteLine($"{s.N} actuals: inside P10–P90 {ReportText.Percent(s.CoverageP10P90)} (95% CI {ReportText.Percent(s.CoverageLow)}–{ReportText.Percent(s.CoverageHigh)}; 80% if calibrated), " +
            $"mean PIT {s.MeanPit.ToString("0.00", ReportText.Invariant)} (0.5 if unbiased), mean CRPS {Number(s.MeanCrps)}");
        ansi.WriteLine("PIT histogram (0.0–0.1 … 0.9–1.0): " + string.Join(" ", s.PitHistogram));
        foreach (var line in report.Unscored)
        {
            ansi.WriteLine("not scored: " + line);
        }
    }

    private static string Number(double v) => v.ToString("0.###", ReportText.Invariant);
}
