using Sihui.ChainSim.Analysis.Calibration;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a calibration: each fitted parameter with its standard error, n and years, the industries, and what was not fitted.</summary>
public static class CalibrationConsole
{
    public static void Write(CliConsole console, CalibrationReport report, bool replaced, string outDirectory)
    {
        var ansi = SpectreConsoles.For(console);
        var table = new Table().Border(TableBorder.Rounded).Title($"Fitted to {Markup.Escape(report.History)}");
        table.AddColumn("Parameter");
        table.AddColumn(new TableColumn("Value").RightAligned());
        table.AddColumn(new TableColumn("Std. error").RightAligned());
        table.AddColumn(new TableColumn("n").RightAligned());
        table.AddColumn("Years");
        foreach (var p in report.Parameters)
        {
            var path = Markup.Escape(p.Path) + (p.Note is null ? "" : "\n[grey]" + Markup.Escape(p.Note) + "[/]");
            table.AddRow(path, CalibrationVariant.Number(p.Value), CalibrationVariant.Number(p.StandardError), p.N.ToString(Reports.ReportText.Invariant), YearSpans.Of(p.Years));
        }
        ansi.Write(table);
        foreach (var i in report.Industries)
        {
            var tau = i.Tau is { } t ? CalibrationVariant.Number(t) : "n/a (one firm)";
            var shock = i.ShockSd is { } s ? $"{CalibrationVariant.Number(s)} ± {CalibrationVariant.Number(i.ShockSdError ?? 0)}" : "not fitted";
            ansi.WriteLine($"{i.Id}: {(i.Firms == 1 ? "1 firm" : $"{i.Firms} firms")}, mean growth {CalibrationVariant.Number(i.Mean)} ± {CalibrationVariant.Number(i.StandardError)}, " +
                $"spread of firm means τ {tau}, within-firm sd {CalibrationVariant.Number(i.WithinSd)}, shock sd {shock}");
        }
        foreach (var note in report.Notes)
        {
            ansi.WriteLine("note: " + note);
        }
        WriteLevels(ansi, report);
        ansi.WriteLine($"Wrote calibration.json and the backcast charts (PNG and SVG) to {outDirectory}");
        ansi.WriteLine($"{(replaced ? "Replaced" : "Wrote")} variant '{report.Variant}' in {report.File}; run it with --variant {report.Variant}");
    }

    /// <summary>The level backcast: each series' history against the fitted fan, year by year.</summary>
    private static void WriteLevels(IAnsiConsole ansi, CalibrationReport report)
    {
        if (report.LevelBackcast is not { } backcast)
        {
            ansi.WriteLine("level backcast: not run (" + (report.LevelBackcastSkipped ?? "nothing to backcast") + ")");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title($"History against the fitted fan from {backcast.Origin}");
        table.AddColumn("Series");
        table.AddColumn(new TableColumn("Year").RightAligned());
        table.AddColumn(new TableColumn("History").RightAligned());
        table.AddColumn(new TableColumn("P10").RightAligned());
        table.AddColumn(new TableColumn("P50").RightAligned());
        table.AddColumn(new TableColumn("P90").RightAligned());
        table.AddColumn(new TableColumn("Inside").Centered());
        var inside = 0;
        var of = 0;
        foreach (var series in backcast.Series)
        {
            var label = series.Id.Length == 0 ? series.Metric : $"{series.Metric} {series.Id}";
            for (var i = 0; i < series.HistoryYears.Count; i++)
            {
                var at = series.Years.ToList().IndexOf(series.HistoryYears[i]);
                if (at < 0)
                {
                    continue;
                }
                var value = series.HistoryValues[i];
                var hit = value >= series.P10[at] && value <= series.P90[at];
                inside += hit ? 1 : 0;
                of++;
                if (table.Rows.Count < 40)
                {
                    table.AddRow(Markup.Escape(label), series.HistoryYears[i].ToString(Reports.ReportText.Invariant), Number(value),
                        Number(series.P10[at]), Number(series.P50[at]), Number(series.P90[at]), hit ? "yes" : "no");
                }
            }
        }
        ansi.Write(table);
        ansi.WriteLine($"level backcast: {inside} of {of} history figures inside the fitted P10–P90 (about 80% if the fit is right; fitted to the same years, so a check of fit, not of forecasting)"
            + (of > table.Rows.Count ? $"; the table shows the first {table.Rows.Count}" : ""));
        foreach (var note in backcast.Notes.Where(n => n.Contains("not in the backcast", StringComparison.Ordinal)))
        {
            ansi.WriteLine("note: " + note);
        }
    }

    private static string Number(double v) => v.ToString("0.##", Reports.ReportText.Invariant);
}
