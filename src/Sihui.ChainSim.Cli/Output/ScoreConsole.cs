using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints forecast scores: one row per actual, then coverage, mean PIT, the PIT histogram and mean CRPS.</summary>
public static class ScoreConsole
{
    public static void Write(CliConsole console, ScoreReport report, AnalysisWords words)
    {
        var ansi = SpectreConsoles.For(console);
        var table = new Table().Border(TableBorder.Rounded).Title(words.ForecastsAgainstActuals);
        table.AddColumn(words.Report.Metric);
        table.AddColumn(new TableColumn(words.Report.Year).RightAligned());
        table.AddColumn(new TableColumn(words.Actual).RightAligned());
        table.AddColumn(new TableColumn("PIT").RightAligned());
        table.AddColumn(new TableColumn(words.InsideP10P90).Centered());
        table.AddColumn(new TableColumn(words.P50Error).RightAligned());
        table.AddColumn(new TableColumn("CRPS").RightAligned());
        foreach (var r in report.Rows)
        {
            table.AddRow(Markup.Escape(r.Id.Length == 0 ? r.Metric : $"{r.Metric} {r.Id}"), r.Year.ToString(ReportText.Invariant),
                Number(r.Actual), Pit(r.Pit), words.YesNo(r.InsideP10P90),
                r.P50Error is { } e ? e.ToString("+0.0;-0.0;0.0", ReportText.Invariant) + "%" : words.NotAvailable, Number(r.Crps));
        }
        ansi.Write(table);
        var s = report.Summary;
        var sep = words.Report.ListSeparator;
        ansi.WriteLine(words.Actuals(s.N) + words.Report.Colon + Coverage(s, words) + sep + words.MeanPitText(Pit(s.MeanPit)) + sep + words.MeanCrpsText(Number(s.MeanCrps)));
        ansi.WriteLine(Histogram(s, words));
        foreach (var line in report.UnscoredCodes)
        {
            ansi.WriteLine(words.NotScored + words.Report.Colon + words.Say(line));
        }
    }

    /// <summary>The share of actuals inside P10–P90, with its interval and the 80% a calibrated forecast gives.</summary>
    public static string Coverage(ScoreSummary s, AnalysisWords words) =>
        words.Coverage(ReportText.Percent(s.CoverageP10P90), ReportText.Percent(s.CoverageLow), ReportText.Percent(s.CoverageHigh));

    /// <summary>The PIT histogram's counts on one line.</summary>
    public static string Histogram(ScoreSummary s, AnalysisWords words) => words.PitHistogram + words.Report.Colon + string.Join(" ", s.PitHistogram);

    public static string Pit(double pit) => pit.ToString("0.00", ReportText.Invariant);

    private static string Number(double v) => v.ToString("0.###", ReportText.Invariant);
}
