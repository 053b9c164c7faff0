using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Sensitivity;
using Sihui.ChainSim.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a tornado as a ranked table: each parameter's range and the target at its low and high end.</summary>
public static class SensitivityConsole
{
    public static void Write(CliConsole console, SensitivityResult tornado, AnalysisWords words, IReadOnlyList<string> written, string outDirectory)
    {
        var ansi = SpectreConsoles.For(console);
        ansi.MarkupLine($"[bold]{Markup.Escape(words.WhatMoves(tornado.TargetName))}[/]{Markup.Escape(words.Parenthesized(words.MetricInYear(tornado.Metric, tornado.Year)))}");
        ansi.WriteLine(words.SensitivityBase(ReportText.Percent(tornado.BaseProbability), ReportText.MetricAmount(tornado.Metric, tornado.BaseP50)) + words.SentenceGap
            + words.SensitivityRuns(AnalysisText.Count(tornado.Trials), tornado.Seed, tornado.Runs, AnalysisMarkdown.Seconds(tornado.WallSeconds)));
        if (tornado.Conditioning is { } conditioning)
        {
            ansi.WriteLine(AnalysisText.Conditioned(conditioning, tornado.Trials, words));
        }
        var conditioned = tornado.Conditioning is not null;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(words.RankedBy));
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(words.Parameter);
        table.AddColumn(new TableColumn(words.LowToHigh).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(words.ProbabilityLowHigh)).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(words.Report.DeltaProbability)).RightAligned());
        table.AddColumn(new TableColumn(words.P50LowHigh).RightAligned());
        table.AddColumn(new TableColumn("Δ P50").RightAligned());
        if (conditioned)
        {
            table.AddColumn(new TableColumn(words.EssLowHigh).RightAligned());
        }
        foreach (var bar in tornado.Bars)
        {
            string[] cells = [
                ReportText.Integer(bar.Rank), Markup.Escape(AnalysisLabels.Of(bar, words)) + "\n[grey]" + Markup.Escape(bar.Path) + "[/]",
                $"{ReportText.Parameter(bar.Low)} … {ReportText.Parameter(bar.High)}",
                $"{ReportText.Percent(bar.ProbabilityAtLow)} → {ReportText.Percent(bar.ProbabilityAtHigh)}",
                ReportText.PercentPoints(bar.ProbabilityEffect),
                $"{ReportText.MetricAmount(tornado.Metric, bar.P50AtLow)} → {ReportText.MetricAmount(tornado.Metric, bar.P50AtHigh)}",
                ReportText.SignedMetric(tornado.Metric, bar.P50Effect)];
            table.AddRow(conditioned ? [.. cells, $"{AnalysisText.Ess(bar.EssAtLow)} → {AnalysisText.Ess(bar.EssAtHigh)}"] : cells);
        }
        ansi.Write(table);
        ansi.WriteLine(words.Wrote(written, outDirectory));
    }
}
