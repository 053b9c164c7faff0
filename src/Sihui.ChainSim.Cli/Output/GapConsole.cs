using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a gap explanation: the sentence, the part of each assumption with the interaction, and the splits by industry and park.</summary>
public static class GapConsole
{
    public static void Write(IAnsiConsole ansi, GapExplanation gap)
    {
        ansi.MarkupLine($"[bold]From {Markup.Escape(gap.From)} to {Markup.Escape(gap.To)}[/] on {Markup.Escape(gap.TargetId)} ({Markup.Escape(gap.Metric)} in {gap.Year})");
        ansi.WriteLine(gap.Sentence);
        ansi.WriteLine();
        var table = new Table().Border(TableBorder.Rounded).Title("Each assumption applied alone to " + Markup.Escape(gap.From));
        table.AddColumn("Assumption");
        table.AddColumn("From");
        table.AddColumn("To");
        table.AddColumn(new TableColumn("Δ P50").RightAligned());
        table.AddColumn(new TableColumn("Δ mean").RightAligned());
        foreach (var part in gap.Assumptions)
        {
            table.AddRow(Markup.Escape(part.Path), Markup.Escape(part.FromValue ?? "(file)"), Markup.Escape(part.ToValue),
                part.Error is null ? ReportText.SignedMetric(gap.Metric, part.P50Effect) : "not valid alone", ReportText.SignedMetric(gap.Metric, part.MeanEffect));
        }
        table.AddRow("interaction", "", "", ReportText.SignedMetric(gap.Metric, gap.P50.Interaction), ReportText.SignedMetric(gap.Metric, gap.Mean.Interaction));
        table.AddRow("[bold]total[/]", "", "", ReportText.SignedMetric(gap.Metric, gap.P50.Total), ReportText.SignedMetric(gap.Metric, gap.Mean.Total));
        ansi.Write(table);
        WriteSplit(ansi, "industry", gap.ByIndustry, gap);
        WriteSplit(ansi, "park", gap.ByPark, gap);
        foreach (var note in gap.Notes)
        {
            ansi.WriteLine("Note: " + note);
        }
        ansi.WriteLine();
    }

    private static void WriteSplit(IAnsiConsole ansi, string by, OutputSplit split, GapExplanation gap)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Mean total output in {gap.Year} by {by}");
        table.AddColumn(char.ToUpperInvariant(by[0]) + by[1..]);
        table.AddColumn(new TableColumn(Markup.Escape(gap.From)).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(gap.To)).RightAligned());
        table.AddColumn(new TableColumn("Δ").RightAligned());
        foreach (var part in split.Parts.Append(split.Remainder))
        {
            table.AddRow(Markup.Escape(part.Name), ReportText.Amount(part.From), ReportText.Amount(part.To), ReportText.SignedAmount(part.Difference));
        }
        table.AddRow("[bold]total[/]", ReportText.Amount(split.From), ReportText.Amount(split.To), ReportText.SignedAmount(split.Total));
        ansi.Write(table);
    }
}
