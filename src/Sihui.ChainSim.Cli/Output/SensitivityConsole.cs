using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Sensitivity;
using Sihui.ChainSim.Reports;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a tornado as a ranked table: each parameter's range and the target at its low and high end.</summary>
public static class SensitivityConsole
{
    public static void Write(CliConsole console, SensitivityResult tornado, string outDirectory)
    {
        var ansi = SpectreConsoles.For(console);
        ansi.MarkupLine($"[bold]What moves {Markup.Escape(tornado.TargetName)}[/] ({Markup.Escape(tornado.Metric)} in {tornado.Year})");
        ansi.WriteLine($"Base case: P(met) {ReportText.Percent(tornado.BaseProbability)}, P50 {ReportText.MetricAmount(tornado.Metric, tornado.BaseP50)}. " +
            $"{tornado.Trials.ToString("N0", ReportText.Invariant)} trials, seed {tornado.Seed.ToString(ReportText.Invariant)}, " +
            $"{tornado.Runs} runs in {tornado.WallSeconds.ToString("0.0", ReportText.Invariant)} s.");
        if (tornado.Conditioning is { } conditioning)
        {
            ansi.WriteLine(AnalysisText.Conditioned(conditioning, tornado.Trials));
        }
        var conditioned = tornado.Conditioning is not null;
        var table = new Table().Border(TableBorder.Rounded).Title("Ranked by the change in probability, then in P50 (high end − low end)");
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Parameter");
        table.AddColumn(new TableColumn("Low … high").RightAligned());
        table.AddColumn(new TableColumn("P(met) low → high").RightAligned());
        table.AddColumn(new TableColumn("Δ P(met)").RightAligned());
        table.AddColumn(new TableColumn("P50 low → high").RightAligned());
        table.AddColumn(new TableColumn("Δ P50").RightAligned());
        if (conditioned)
        {
            table.AddColumn(new TableColumn("ESS low → high").RightAligned());
        }
        foreach (var bar in tornado.Bars)
        {
            var name = bar.LabelZh is { } zh ? $"{bar.Label} {zh}" : bar.Label;
            string[] cells = [
                ReportText.Integer(bar.Rank), Markup.Escape(name) + "\n[grey]" + Markup.Escape(bar.Path) + "[/]",
                $"{ReportText.Parameter(bar.Low)} … {ReportText.Parameter(bar.High)}",
                $"{ReportText.Percent(bar.ProbabilityAtLow)} → {ReportText.Percent(bar.ProbabilityAtHigh)}",
                ReportText.PercentPoints(bar.ProbabilityEffect),
                $"{ReportText.MetricAmount(tornado.Metric, bar.P50AtLow)} → {ReportText.MetricAmount(tornado.Metric, bar.P50AtHigh)}",
                ReportText.SignedMetric(tornado.Metric, bar.P50Effect)];
            table.AddRow(conditioned ? [.. cells, $"{AnalysisText.Ess(bar.EssAtLow)} → {AnalysisText.Ess(bar.EssAtHigh)}"] : cells);
        }
        ansi.Write(table);
        ansi.WriteLine($"Wrote sensitivity.json, sensitivity.md and tornado-probability, tornado-p50 (PNG and SVG) to {outDirectory}");
    }
}
