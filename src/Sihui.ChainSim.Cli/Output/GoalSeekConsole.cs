using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a goal-seek answer: the value (or that none in the range reaches the probability), its probability and the runs used.</summary>
public static class GoalSeekConsole
{
    public static void Write(CliConsole console, GoalSeekResult result, AnalysisWords words, IReadOnlyList<string> written, string outDirectory)
    {
        var ansi = SpectreConsoles.For(console);
        var (min, max) = (ReportText.Parameter(result.Min), ReportText.Parameter(result.Max));
        ansi.MarkupLine($"[bold]{Markup.Escape(words.GoalSeekHeading(result.Param, result.Target, ReportText.Percent(result.WantedProbability)))}[/]");
        var interval = $"{ReportText.Percent(result.ProbabilityCi95[0])}–{ReportText.Percent(result.ProbabilityCi95[1])}";
        if (result.Value is { } value)
        {
            ansi.MarkupLine($"[green]{words.Reached}[/]{Markup.Escape(words.ReachedLine(ReportText.Parameter(value), ReportText.Parameter(result.Tolerance),
                ReportText.Percent(result.Probability), interval))}");
        }
        else
        {
            ansi.MarkupLine($"[red]{words.NotReachable}[/]{Markup.Escape(words.NotReachableLine(min, max, ReportText.Percent(result.Probability), interval,
                ReportText.Percent(result.WantedProbability)))}");
        }
        ansi.WriteLine(words.GoalSeekMessage(result) + words.Report.SentenceEnd);
        ansi.WriteLine(words.GoalSeekRuns(words.DirectionOf(result.Direction), min, max, result.Runs, AnalysisText.Count(result.Trials), result.Seed));
        if (result.Conditioning is { } conditioning)
        {
            ansi.WriteLine(AnalysisText.Conditioned(conditioning, result.Trials, words));
            var table = new Table().Border(TableBorder.Rounded).Title(words.ValuesTried);
            table.AddColumn(new TableColumn("#").RightAligned());
            table.AddColumn(new TableColumn(words.Report.Value).RightAligned());
            table.AddColumn(new TableColumn(Markup.Escape(words.Report.PMet)).RightAligned());
            table.AddColumn(new TableColumn("ESS").RightAligned());
            foreach (var (step, i) in (result.Steps ?? []).Select((s, i) => (s, i)))
            {
                table.AddRow(ReportText.Integer(i + 1), ReportText.Parameter(step.Value), ReportText.Percent(step.Probability), AnalysisText.Ess(step.Ess));
            }
            ansi.Write(table);
        }
        ansi.WriteLine(words.Wrote(written, outDirectory));
    }
}
