using System.Text;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Sensitivity;

namespace Sihui.ChainSim.Analysis.Reports;

/// <summary>Markdown text of a tornado, a gap explanation and a goal-seek, for reports and terminal output.</summary>
public static class AnalysisMarkdown
{
    public static string Sensitivity(SensitivityResult tornado)
    {
        var text = new StringBuilder();
        text.Append($"# What moves {tornado.TargetName}\n\n");
        text.Append($"`{tornado.Metric}` in {tornado.Year}; base case {Formats.Percent(tornado.BaseProbability)}, P50 {Formats.Amount(tornado.BaseP50)}. ");
        text.Append($"{Formats.Integer(tornado.Trials)} trials, seed {tornado.Seed}, {tornado.Runs} runs in {tornado.WallSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s.\n\n");
        var table = new MarkdownTable("rank", "parameter", "path", "low", "high", "probability low → high", "Δ probability", "P50 low → high", "Δ P50");
        foreach (var bar in tornado.Bars)
        {
            table.Row(Formats.Integer(bar.Rank), bar.LabelZh is { } zh ? $"{bar.Label} {zh}" : bar.Label, bar.Path,
                Formats.Parameter(bar.Low), Formats.Parameter(bar.High),
                $"{Formats.Percent(bar.ProbabilityAtLow)} → {Formats.Percent(bar.ProbabilityAtHigh)}", Formats.PercentPoints(bar.ProbabilityEffect),
                $"{Formats.Amount(bar.P50AtLow)} → {Formats.Amount(bar.P50AtHigh)}", Formats.SignedAmount(bar.P50Effect));
        }
        table.AppendTo(text);
        return text.ToString();
    }

    public static string Gap(GapExplanation gap)
    {
        var text = new StringBuilder();
        text.Append($"# From {gap.From} to {gap.To}: {gap.TargetId}\n\n{gap.Sentence}\n\n");
        text.Append($"`{gap.Metric}` in {gap.Year}: P50 {Formats.Amount(gap.P50.From)} → {Formats.Amount(gap.P50.To)} ({Formats.SignedAmount(gap.P50.Total)}), ");
        text.Append($"mean {Formats.Amount(gap.Mean.From)} → {Formats.Amount(gap.Mean.To)} ({Formats.SignedAmount(gap.Mean.Total)}).\n\n");
        var table = new MarkdownTable("assumption", "from", "to", "Δ P50 alone", "Δ mean alone");
        foreach (var part in gap.Assumptions)
        {
            table.Row(part.Path, part.FromValue ?? "(file)", part.ToValue,
                part.Error is null ? Formats.SignedAmount(part.P50Effect) : "not valid alone", Formats.SignedAmount(part.MeanEffect));
        }
        table.Row("interaction", "", "", Formats.SignedAmount(gap.P50.Interaction), Formats.SignedAmount(gap.Mean.Interaction));
        table.Row("total", "", "", Formats.SignedAmount(gap.P50.Total), Formats.SignedAmount(gap.Mean.Total));
        table.AppendTo(text);
        foreach (var (title, split) in new[] { ("industry", gap.ByIndustry), ("park", gap.ByPark) })
        {
            text.Append($"\n## Mean total output by {title}\n\n");
            var parts = new MarkdownTable(title, gap.From, gap.To, "Δ");
            foreach (var part in split.Parts.Append(split.Remainder))
            {
                parts.Row(part.Name, Formats.Amount(part.From), Formats.Amount(part.To), Formats.SignedAmount(part.Difference));
            }
            parts.Row("total", Formats.Amount(split.From), Formats.Amount(split.To), Formats.SignedAmount(split.Total));
            parts.AppendTo(text);
        }
        foreach (var note in gap.Notes)
        {
            text.Append($"\n- {note}");
        }
        return text.ToString();
    }

    public static string GoalSeek(GoalSeekResult result)
    {
        var text = new StringBuilder();
        text.Append($"# Goal-seek: {result.Param} for {result.Target} ≥ {Formats.Percent(result.WantedProbability)}\n\n");
        text.Append(result.Message).Append(".\n\n");
        var table = new MarkdownTable("reached", "value", "probability", "95% interval", "range", "tolerance", "direction", "runs");
        table.Row(result.Reached ? "yes" : "no", result.Value is { } v ? Formats.Parameter(v) : "—", Formats.Percent(result.Probability),
            $"{Formats.Percent(result.ProbabilityCi95[0])}–{Formats.Percent(result.ProbabilityCi95[1])}",
            $"[{Formats.Parameter(result.Min)}, {Formats.Parameter(result.Max)}]", Formats.Parameter(result.Tolerance),
            result.Direction.ToString().ToLowerInvariant(), Formats.Integer(result.Runs));
        table.AppendTo(text);
        return text.ToString();
    }
}
