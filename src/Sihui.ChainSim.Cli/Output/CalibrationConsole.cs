using Sihui.ChainSim.Analysis.Calibration;
using Sihui.ChainSim.Analysis.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a calibration: each fitted parameter with its standard error, n and years, the industries, and what was not fitted.</summary>
public static class CalibrationConsole
{
    public static void Write(CliConsole console, CalibrationReport report, bool replaced, AnalysisWords words, IReadOnlyList<string> written, string outDirectory)
    {
        var ansi = SpectreConsoles.For(console);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(words.FittedTo(report.History)));
        table.AddColumn(words.Parameter);
        table.AddColumn(new TableColumn(words.Report.Value).RightAligned());
        table.AddColumn(new TableColumn(words.StandardError).RightAligned());
        table.AddColumn(new TableColumn("n").RightAligned());
        table.AddColumn(words.Report.Years);
        foreach (var p in report.Parameters)
        {
            var path = Markup.Escape(p.Path) + (p.NoteCode is null ? "" : "\n[grey]" + Markup.Escape(words.Say(p.NoteCode)) + "[/]");
            table.AddRow(path, CalibrationVariant.Number(p.Value), CalibrationVariant.Number(p.StandardError), p.N.ToString(Reports.ReportText.Invariant), YearSpans.Of(p.Years));
        }
        ansi.Write(table);
        foreach (var i in report.Industries)
        {
            var tau = i.Tau is { } t ? CalibrationVariant.Number(t) : words.OneFirm;
            var shock = i.ShockSd is { } s ? $"{CalibrationVariant.Number(s)} ± {CalibrationVariant.Number(i.ShockSdError ?? 0)}" : words.NotFitted;
            ansi.WriteLine(words.IndustryFit(i.Id, words.Firms(i.Firms), CalibrationVariant.Number(i.Mean), CalibrationVariant.Number(i.StandardError), tau,
                CalibrationVariant.Number(i.WithinSd), shock));
        }
        foreach (var note in report.NoteCodes)
        {
            ansi.WriteLine(words.NoteLine(note));
        }
        WriteLevels(ansi, report, words);
        ansi.WriteLine(words.Wrote(written, outDirectory));
        // The CLI always writes its variant; only the web API leaves these null.
        ansi.WriteLine(words.VariantWritten(replaced, report.Variant!, report.File!));
    }

    /// <summary>The level backcast: each series' history against the fitted fan, year by year.</summary>
    private static void WriteLevels(IAnsiConsole ansi, CalibrationReport report, AnalysisWords words)
    {
        if (report.LevelBackcast is not { } backcast)
        {
            ansi.WriteLine(words.LevelBackcastNotRun(report.LevelBackcastSkippedCode is { } why ? words.Say(why) : words.NothingToBackcast));
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(words.HistoryAgainstFan(backcast.Origin)));
        table.AddColumn(words.Series);
        table.AddColumn(new TableColumn(words.Report.Year).RightAligned());
        table.AddColumn(new TableColumn(words.History).RightAligned());
        table.AddColumn(new TableColumn("P10").RightAligned());
        table.AddColumn(new TableColumn("P50").RightAligned());
        table.AddColumn(new TableColumn("P90").RightAligned());
        table.AddColumn(new TableColumn(words.Inside).Centered());
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
                        Number(series.P10[at]), Number(series.P50[at]), Number(series.P90[at]), words.YesNo(hit));
                }
            }
        }
        ansi.Write(table);
        ansi.WriteLine(words.LevelBackcastSummary(inside, of) + (of > table.Rows.Count ? words.TableShowsFirst(table.Rows.Count) : ""));
        foreach (var note in backcast.NoteCodes.Where(n => n.Code == "not_in_backcast"))
        {
            ansi.WriteLine(words.NoteLine(note));
        }
    }

    private static string Number(double v) => v.ToString("0.##", Reports.ReportText.Invariant);
}
