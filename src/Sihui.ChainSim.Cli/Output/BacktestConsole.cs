using Sihui.ChainSim.Analysis.Backtest;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a backtest: each origin's rebasing, the scores by horizon and overall, and what was not scored.</summary>
public static class BacktestConsole
{
    private const int MaxListed = 12;

    public static void Write(CliConsole console, BacktestReport report)
    {
        var ansi = SpectreConsoles.For(console);
        var origins = new Table().Border(TableBorder.Rounded).Title($"Origins {report.From}–{report.To - 1}, forecast to {report.To}");
        origins.AddColumn(new TableColumn("Origin").RightAligned());
        origins.AddColumn(new TableColumn("Enterprises kept / dropped").RightAligned());
        origins.AddColumn(new TableColumn("Projects kept / dropped").RightAligned());
        origins.AddColumn(new TableColumn("Parameters fitted").RightAligned());
        origins.AddColumn(new TableColumn("Actuals scored").RightAligned());
        foreach (var o in report.Origins)
        {
            origins.AddRow(Int(o.Origin), $"{o.KeptEnterprises.Count} / {o.DroppedEnterprises.Count}", $"{o.KeptProjects.Count} / {o.DroppedProjects.Count}",
                Int(o.Parameters.Count), Int(o.Scored));
        }
        ansi.Write(origins);

        var horizons = new Table().Border(TableBorder.Rounded).Title("Scores by horizon");
        horizons.AddColumn(new TableColumn("Years ahead").RightAligned());
        horizons.AddColumn(new TableColumn("n").RightAligned());
        horizons.AddColumn(new TableColumn("Inside P10–P90").RightAligned());
        horizons.AddColumn(new TableColumn("95% interval").RightAligned());
        horizons.AddColumn(new TableColumn("Mean PIT").RightAligned());
        horizons.AddColumn(new TableColumn("Mean CRPS").RightAligned());
        foreach (var h in report.ByHorizon)
        {
            Add(horizons, Int(h.Horizon), h.Summary);
        }
        Add(horizons, "all", report.Summary);
        ansi.Write(horizons);

        var s = report.Summary;
        ansi.WriteLine($"{s.N} actuals, {report.Trials.ToString("N0", ReportText.Invariant)} trials per origin in {(report.ParameterDraws == 1 ? "1 parameter draw" : $"{report.ParameterDraws} parameter draws")}: " +
            $"inside P10–P90 {ReportText.Percent(s.CoverageP10P90)} (95% CI {ReportText.Percent(s.CoverageLow)}–{ReportText.Percent(s.CoverageHigh)}; 80% if calibrated), " +
            $"mean PIT {s.MeanPit.ToString("0.00", ReportText.Invariant)} (0.5 if unbiased)");
        ansi.WriteLine("PIT histogram (0.0–0.1 … 0.9–1.0): " + string.Join(" ", s.PitHistogram));
        ansi.WriteLine("Rows share each year's shocks, so the interval is narrower than the evidence: read it as a floor on the uncertainty.");
        foreach (var note in report.Origins.SelectMany(o => o.Notes.Select(n => $"from {o.Origin}: {n}")).Take(MaxListed))
        {
            ansi.WriteLine("note: " + note);
        }
        foreach (var line in report.Unscored.Take(MaxListed))
        {
            ansi.WriteLine("not scored: " + line);
        }
        if (report.Unscored.Count > MaxListed)
        {
            ansi.WriteLine($"… and {report.Unscored.Count - MaxListed} more not scored (all are in {Commands.BacktestCommand.JsonFile})");
        }
    }

    private static void Add(Table table, string label, ScoreSummary s) =>
        table.AddRow(label, Int(s.N), ReportText.Percent(s.CoverageP10P90), $"{ReportText.Percent(s.CoverageLow)}–{ReportText.Percent(s.CoverageHigh)}",
            s.MeanPit.ToString("0.00", ReportText.Invariant), s.MeanCrps.ToString("0.###", ReportText.Invariant));

    private static string Int(int value) => value.ToString(ReportText.Invariant);
}
