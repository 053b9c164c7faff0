using System.Text;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Analysis.Sensitivity;

namespace Sihui.ChainSim.Analysis.Reports;

/// <summary>Markdown text of a tornado, a gap explanation and a goal-seek, for reports and terminal output.</summary>
public static class AnalysisMarkdown
{
    public static string Sensitivity(SensitivityResult tornado)
    {
        var text = new StringBuilder();
        text.Append($"# What moves {tornado.TargetName}\n\n");
        text.Append($"`{tornado.Metric}` in {tornado.Year}; base case {ReportText.Percent(tornado.BaseProbability)}, P50 {ReportText.MetricAmount(tornado.Metric, tornado.BaseP50)}. ");
        text.Append($"{ReportText.Integer(tornado.Trials)} trials, seed {tornado.Seed}, {tornado.Runs} runs in {tornado.WallSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s.\n\n");
        AppendOverrides(text, tornado.Overrides);
        var conditioned = tornado.Conditioning is not null;
        if (tornado.Conditioning is { } conditioning)
        {
            text.Append(AnalysisText.Conditioned(conditioning, tornado.Trials)).Append("\n\n");
        }
        string[] headers = ["rank", "parameter", "path", "low", "high", "probability low → high", "Δ probability", "P50 low → high", "Δ P50"];
        var table = new MarkdownTable(conditioned ? [.. headers, "ESS low → high"] : headers);
        foreach (var bar in tornado.Bars)
        {
            string[] cells = [ReportText.Integer(bar.Rank), bar.LabelZh is { } zh ? $"{bar.Label} {zh}" : bar.Label, bar.Path,
                ReportText.Parameter(bar.Low), ReportText.Parameter(bar.High),
                $"{ReportText.Percent(bar.ProbabilityAtLow)} → {ReportText.Percent(bar.ProbabilityAtHigh)}", ReportText.PercentPoints(bar.ProbabilityEffect),
                $"{ReportText.MetricAmount(tornado.Metric, bar.P50AtLow)} → {ReportText.MetricAmount(tornado.Metric, bar.P50AtHigh)}", ReportText.SignedMetric(tornado.Metric, bar.P50Effect)];
            table.Row(conditioned ? [.. cells, $"{AnalysisText.Ess(bar.EssAtLow)} → {AnalysisText.Ess(bar.EssAtHigh)}"] : cells);
        }
        table.AppendTo(text);
        return text.ToString();
    }

    /// <summary>The base case's changes from the file, so an analysis never passes for the file as written.</summary>
    private static void AppendOverrides(StringBuilder text, IReadOnlyList<RunOverride> overrides)
    {
        if (overrides.Count == 0)
        {
            text.Append("Base case: the scenario file as written.\n\n");
            return;
        }
        text.Append("Base case changed from the file:\n\n");
        var table = new MarkdownTable("path", "value", "source");
        foreach (var item in overrides)
        {
            table.Row(item.Path, item.Value, item.Source);
        }
        table.AppendTo(text);
        text.Append('\n');
    }

    public static string Gap(GapExplanation gap, ReportWords? words = null)
    {
        var text = new StringBuilder();
        var sentence = words is null ? gap.Sentence : GapSentence.Of(gap.To, gap.From, gap.Year, gap.ByPark, words);
        text.Append($"# From {gap.From} to {gap.To}: {gap.TargetId}\n\n{sentence}\n\n");
        text.Append($"`{gap.Metric}` in {gap.Year}: P50 {ReportText.MetricAmount(gap.Metric, gap.P50.From)} → {ReportText.MetricAmount(gap.Metric, gap.P50.To)} ({ReportText.SignedMetric(gap.Metric, gap.P50.Total)}), ");
        text.Append($"mean {ReportText.MetricAmount(gap.Metric, gap.Mean.From)} → {ReportText.MetricAmount(gap.Metric, gap.Mean.To)} ({ReportText.SignedMetric(gap.Metric, gap.Mean.Total)}).\n\n");
        var table = new MarkdownTable("assumption", "from", "to", "Δ P50 alone", "Δ mean alone");
        foreach (var part in gap.Assumptions)
        {
            table.Row(part.Path, part.FromValue ?? "(file)", part.ToValue,
                part.Error is null ? ReportText.SignedMetric(gap.Metric, part.P50Effect) : "not valid alone", ReportText.SignedMetric(gap.Metric, part.MeanEffect));
        }
        table.Row("interaction", "", "", ReportText.SignedMetric(gap.Metric, gap.P50.Interaction), ReportText.SignedMetric(gap.Metric, gap.Mean.Interaction));
        table.Row("total", "", "", ReportText.SignedMetric(gap.Metric, gap.P50.Total), ReportText.SignedMetric(gap.Metric, gap.Mean.Total));
        table.AppendTo(text);
        foreach (var (title, split) in new[] { ("industry", gap.ByIndustry), ("park", gap.ByPark) })
        {
            text.Append($"\n## Mean total output by {title}\n\n");
            var parts = new MarkdownTable(title, gap.From, gap.To, "Δ");
            foreach (var part in split.Parts.Append(split.Remainder))
            {
                parts.Row(part.Name, ReportText.Amount(part.From), ReportText.Amount(part.To), ReportText.SignedAmount(part.Difference));
            }
            parts.Row("total", ReportText.Amount(split.From), ReportText.Amount(split.To), ReportText.SignedAmount(split.Total));
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
        text.Append($"# Goal-seek: {result.Param} for {result.Target} ≥ {ReportText.Percent(result.WantedProbability)}\n\n");
        text.Append(result.Message).Append(".\n\n");
        AppendOverrides(text, result.Overrides);
        var table = new MarkdownTable("reached", "value", "probability", "95% interval", "range", "tolerance", "direction", "runs");
        table.Row(result.Reached ? "yes" : "no", result.Value is { } v ? ReportText.Parameter(v) : "—", ReportText.Percent(result.Probability),
            $"{ReportText.Percent(result.ProbabilityCi95[0])}–{ReportText.Percent(result.ProbabilityCi95[1])}",
            $"[{ReportText.Parameter(result.Min)}, {ReportText.Parameter(result.Max)}]", ReportText.Parameter(result.Tolerance),
            result.Direction.ToString().ToLowerInvariant(), ReportText.Integer(result.Runs));
        table.AppendTo(text);
        if (result.Conditioning is { } conditioning)
        {
            text.Append('\n').Append(AnalysisText.Conditioned(conditioning, result.Trials)).Append("\n\n");
            var steps = new MarkdownTable("step", "value", "probability", "ESS");
            foreach (var (step, i) in (result.Steps ?? []).Select((s, i) => (s, i)))
            {
                steps.Row(ReportText.Integer(i + 1), ReportText.Parameter(step.Value), ReportText.Percent(step.Probability), AnalysisText.Ess(step.Ess));
            }
            steps.AppendTo(text);
        }
        return text.ToString();
    }
}
