using Sihui.ChainSim.Analysis.Backtest;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a backtest: each origin's rebasing, the scores by horizon and overall, and what was not scored.</summary>
public static class BacktestConsole
{
    private const int MaxListed = 12;

    public static void Write(CliConsole console, BacktestReport report, AnalysisWords words, IReadOnlyList<string> written, string outDirectory)
    {
        var ansi = SpectreConsoles.For(console);
        var colon = words.Report.Colon;
        var origins = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(words.OriginsTitle(report.From, report.To - 1, report.To)));
        origins.AddColumn(new TableColumn(words.Origin).RightAligned());
        origins.AddColumn(new TableColumn(words.EnterprisesKeptDropped).RightAligned());
        origins.AddColumn(new TableColumn(words.ProjectsKeptDropped).RightAligned());
        origins.AddColumn(new TableColumn(words.ParametersFitted).RightAligned());
        origins.AddColumn(new TableColumn(words.ActualsScored).RightAligned());
        foreach (var o in report.Origins)
        {
            origins.AddRow(Int(o.Origin), $"{o.KeptEnterprises.Count} / {o.DroppedEnterprises.Count}", $"{o.KeptProjects.Count} / {o.DroppedProjects.Count}",
                Int(o.Parameters.Count), Int(o.Scored));
        }
        ansi.Write(origins);

        var horizons = new Table().Border(TableBorder.Rounded).Title(words.ScoresByHorizon);
        horizons.AddColumn(new TableColumn(words.YearsAhead).RightAligned());
        horizons.AddColumn(new TableColumn("n").RightAligned());
        horizons.AddColumn(new TableColumn(words.InsideP10P90).RightAligned());
        horizons.AddColumn(new TableColumn(words.Report.Interval95).RightAligned());
        horizons.AddColumn(new TableColumn(words.MeanPit).RightAligned());
        horizons.AddColumn(new TableColumn(words.MeanCrps).RightAligned());
        foreach (var h in report.ByHorizon)
        {
            Add(horizons, Int(h.Horizon), h.Summary);
        }
        Add(horizons, words.All, report.Summary);
        ansi.Write(horizons);

        var s = report.Summary;
        ansi.WriteLine(words.BacktestLead(s.N, AnalysisText.Count(report.Trials), report.ParameterDraws) + colon
            + ScoreConsole.Coverage(s, words) + words.Report.ListSeparator + words.MeanPitText(ScoreConsole.Pit(s.MeanPit)));
        ansi.WriteLine(ScoreConsole.Histogram(s, words));
        ansi.WriteLine(words.SharedShocks);
        foreach (var note in report.Origins.SelectMany(o => o.NoteCodes.Select(n => words.FromOrigin(o.Origin) + colon + words.Say(n))).Take(MaxListed))
        {
            ansi.WriteLine(words.NoteLine(note));
        }
        foreach (var line in report.UnscoredCodes.Take(MaxListed))
        {
            ansi.WriteLine(words.NotScored + colon + words.Say(line));
        }
        if (report.Unscored.Count > MaxListed)
        {
            ansi.WriteLine(words.MoreNotScored(report.Unscored.Count - MaxListed, Commands.BacktestCommand.JsonFile));
        }
        ansi.WriteLine(words.Wrote(written, outDirectory));
    }

    private static void Add(Table table, string label, ScoreSummary s) =>
        table.AddRow(label, Int(s.N), ReportText.Percent(s.CoverageP10P90), $"{ReportText.Percent(s.CoverageLow)}–{ReportText.Percent(s.CoverageHigh)}",
            ScoreConsole.Pit(s.MeanPit), s.MeanCrps.ToString("0.###", ReportText.Invariant));

    private static string Int(int value) => value.ToString(ReportText.Invariant);
}
