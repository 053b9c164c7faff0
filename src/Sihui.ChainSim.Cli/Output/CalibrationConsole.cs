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
        ansi.WriteLine($"Wrote calibration.json and the backcast charts (PNG and SVG) to {outDirectory}");
        ansi.WriteLine($"{(replaced ? "Replaced" : "Wrote")} variant '{report.Variant}' in {report.File}; run it with --variant {report.Variant}");
    }
}
