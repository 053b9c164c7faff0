using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a goal-seek answer: the value (or that none in the range reaches the probability), its probability and the runs used.</summary>
public static class GoalSeekConsole
{
    public static void Write(CliConsole console, GoalSeekResult result)
    {
        var ansi = SpectreConsoles.For(console);
        ansi.MarkupLine($"[bold]Goal-seek[/] {Markup.Escape(result.Param)} for {Markup.Escape(result.Target)} with P(met) ≥ {ReportText.Percent(result.WantedProbability)}");
        var interval = $"{ReportText.Percent(result.ProbabilityCi95[0])}–{ReportText.Percent(result.ProbabilityCi95[1])}";
        if (result.Reached)
        {
            ansi.MarkupLine($"[green]Reached[/]: value [bold]{ReportText.Parameter(result.Value!.Value)}[/] (±{ReportText.Parameter(result.Tolerance)}), " +
                $"P(met) {ReportText.Percent(result.Probability)} (95% CI {interval})");
        }
        else
        {
            ansi.MarkupLine($"[red]Not reachable[/] within [[{ReportText.Parameter(result.Min)}, {ReportText.Parameter(result.Max)}]]: " +
                $"the best is P(met) {ReportText.Percent(result.Probability)} (95% CI {interval}), below {ReportText.Percent(result.WantedProbability)}");
        }
        ansi.WriteLine(result.Message);
        ansi.WriteLine($"Direction: {result.Direction.ToString().ToLowerInvariant()}; range [{ReportText.Parameter(result.Min)}, {ReportText.Parameter(result.Max)}]; " +
            $"{result.Runs} runs of {result.Trials.ToString("N0", ReportText.Invariant)} trials, seed {result.Seed.ToString(ReportText.Invariant)}.");
        if (result.Conditioning is not { } conditioning)
        {
            return;
        }
        ansi.WriteLine(AnalysisText.Conditioned(conditioning, result.Trials));
        var table = new Table().Border(TableBorder.Rounded).Title("Values tried");
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(new TableColumn("Value").RightAligned());
        table.AddColumn(new TableColumn("P(met)").RightAligned());
        table.AddColumn(new TableColumn("ESS").RightAligned());
        foreach (var (step, i) in (result.Steps ?? []).Select((s, i) => (s, i)))
        {
            table.AddRow(ReportText.Integer(i + 1), ReportText.Parameter(step.Value), ReportText.Percent(step.Probability), AnalysisText.Ess(step.Ess));
        }
        ansi.Write(table);
    }
}
