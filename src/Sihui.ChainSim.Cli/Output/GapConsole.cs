using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a gap explanation: the sentence, the part of each assumption with the interaction, and the splits by industry and park.</summary>
public static class GapConsole
{
    public static void Write(IAnsiConsole ansi, GapExplanation gap, AnalysisWords words)
    {
        ansi.MarkupLine($"[bold]{Markup.Escape(words.GapHeading(gap.From, gap.To))}[/]{Markup.Escape(words.Report.Colon + gap.TargetId + words.Parenthesized(words.MetricInYear(gap.Metric, gap.Year)))}");
        ansi.WriteLine(gap.Sentence);
        ansi.WriteLine();
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(words.EachAlone(gap.From)));
        table.AddColumn(words.Assumption);
        table.AddColumn(words.From);
        table.AddColumn(words.To);
        table.AddColumn(new TableColumn("Δ P50").RightAligned());
        table.AddColumn(new TableColumn(words.DeltaMean).RightAligned());
        foreach (var part in gap.Assumptions)
        {
            table.AddRow(Markup.Escape(part.Path), Markup.Escape(part.FromValue ?? words.FileValue), Markup.Escape(part.ToValue),
                part.Error is null ? ReportText.SignedMetric(gap.Metric, part.P50Effect) : words.NotValidAlone, ReportText.SignedMetric(gap.Metric, part.MeanEffect));
        }
        table.AddRow(words.Interaction, "", "", ReportText.SignedMetric(gap.Metric, gap.P50.Interaction), ReportText.SignedMetric(gap.Metric, gap.Mean.Interaction));
        table.AddRow($"[bold]{words.Total}[/]", "", "", ReportText.SignedMetric(gap.Metric, gap.P50.Total), ReportText.SignedMetric(gap.Metric, gap.Mean.Total));
        ansi.Write(table);
        WriteSplit(ansi, words.MeanOutputByIndustry(gap.Year), words.Report.Industry, gap.ByIndustry, gap, words);
        WriteSplit(ansi, words.MeanOutputByPark(gap.Year), words.Report.Park, gap.ByPark, gap, words);
        foreach (var note in gap.NoteCodes)
        {
            ansi.WriteLine(words.NoteLine(note));
        }
        ansi.WriteLine();
    }

    private static void WriteSplit(IAnsiConsole ansi, string title, string by, OutputSplit split, GapExplanation gap, AnalysisWords words)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn(by);
        table.AddColumn(new TableColumn(Markup.Escape(gap.From)).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(gap.To)).RightAligned());
        table.AddColumn(new TableColumn("Δ").RightAligned());
        foreach (var part in split.Parts.Append(split.Remainder))
        {
            table.AddRow(Markup.Escape(part.Name), ReportText.Amount(part.From), ReportText.Amount(part.To), ReportText.SignedAmount(part.Difference));
        }
        table.AddRow($"[bold]{words.Total}[/]", ReportText.Amount(split.From), ReportText.Amount(split.To), ReportText.SignedAmount(split.Total));
        ansi.Write(table);
    }
}
