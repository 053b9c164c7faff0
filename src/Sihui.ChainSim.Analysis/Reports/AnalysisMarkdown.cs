using System.Text;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Analysis.Sensitivity;

namespace Sihui.ChainSim.Analysis.Reports;

/// <summary>
/// Markdown text of a tornado, a gap explanation and a goal-seek, for reports and terminal output, in the language of
/// the <see cref="AnalysisWords"/> given. Names follow the language when the result went through <see cref="AnalysisLabels"/>.
/// </summary>
public static class AnalysisMarkdown
{
    public static string Sensitivity(SensitivityResult tornado, AnalysisWords words)
    {
        var text = new StringBuilder();
        text.Append($"# {words.WhatMoves(tornado.TargetName)}\n\n");
        text.Append(words.MetricInYear($"`{tornado.Metric}`", tornado.Year)).Append(words.Report.SentenceEnd).Append(words.SentenceGap);
        text.Append(words.SensitivityBase(ReportText.Percent(tornado.BaseProbability), ReportText.MetricAmount(tornado.Metric, tornado.BaseP50))).Append(words.SentenceGap);
        text.Append(words.SensitivityRuns(AnalysisText.Count(tornado.Trials), tornado.Seed, tornado.Runs, Seconds(tornado.WallSeconds))).Append("\n\n");
        AppendOverrides(text, tornado.Overrides, words);
        var conditioned = tornado.Conditioning is not null;
        if (tornado.Conditioning is { } conditioning)
        {
            text.Append(AnalysisText.Conditioned(conditioning, tornado.Trials, words)).Append("\n\n");
        }
        text.Append(words.RankedBy).Append("\n\n");
        string[] headers = [words.Rank, words.Parameter, words.Report.Path, words.Low, words.High, words.ProbabilityLowHigh, words.Report.DeltaProbability,
            words.P50LowHigh, "Δ P50"];
        var table = new MarkdownTable(conditioned ? [.. headers, words.EssLowHigh] : headers);
        foreach (var bar in tornado.Bars)
        {
            string[] cells = [ReportText.Integer(bar.Rank), AnalysisLabels.Of(bar, words), bar.Path,
                ReportText.Parameter(bar.Low), ReportText.Parameter(bar.High),
                $"{ReportText.Percent(bar.ProbabilityAtLow)} → {ReportText.Percent(bar.ProbabilityAtHigh)}", ReportText.PercentPoints(bar.ProbabilityEffect),
                $"{ReportText.MetricAmount(tornado.Metric, bar.P50AtLow)} → {ReportText.MetricAmount(tornado.Metric, bar.P50AtHigh)}", ReportText.SignedMetric(tornado.Metric, bar.P50Effect)];
            table.Row(conditioned ? [.. cells, $"{AnalysisText.Ess(bar.EssAtLow)} → {AnalysisText.Ess(bar.EssAtHigh)}"] : cells);
        }
        table.AppendTo(text);
        return text.ToString();
    }

    /// <summary>Seconds with one decimal, as the analyses report their wall time.</summary>
    public static string Seconds(double seconds) => seconds.ToString("0.0", ReportText.Invariant);

    /// <summary>The base case's changes from the file, so an analysis never passes for the file as written.</summary>
    private static void AppendOverrides(StringBuilder text, IReadOnlyList<RunOverride> overrides, AnalysisWords words)
    {
        if (overrides.Count == 0)
        {
            text.Append(words.BaseCaseAsWritten).Append("\n\n");
            return;
        }
        text.Append(words.BaseCaseChanged).Append("\n\n");
        var table = new MarkdownTable(words.Report.Path, words.Report.Value, words.Report.Source);
        foreach (var item in overrides)
        {
            table.Row(item.Path, item.Value, item.Source);
        }
        table.AppendTo(text);
        text.Append('\n');
    }

    public static string Gap(GapExplanation gap, AnalysisWords words)
    {
        var text = new StringBuilder();
        text.Append($"# {words.GapHeading(gap.From, gap.To)}{words.Report.Colon}{gap.TargetId}\n\n{gap.Sentence}\n\n");
        text.Append(words.GapChange(words.MetricInYear($"`{gap.Metric}`", gap.Year),
            ReportText.MetricAmount(gap.Metric, gap.P50.From), ReportText.MetricAmount(gap.Metric, gap.P50.To), ReportText.SignedMetric(gap.Metric, gap.P50.Total),
            ReportText.MetricAmount(gap.Metric, gap.Mean.From), ReportText.MetricAmount(gap.Metric, gap.Mean.To), ReportText.SignedMetric(gap.Metric, gap.Mean.Total)));
        text.Append("\n\n").Append(words.EachAlone(gap.From)).Append(words.Report.Colon.TrimEnd()).Append("\n\n");
        var table = new MarkdownTable(words.Assumption, words.From, words.To, "Δ P50", words.DeltaMean);
        foreach (var part in gap.Assumptions)
        {
            table.Row(part.Path, part.FromValue ?? words.FileValue, part.ToValue,
                part.Error is null ? ReportText.SignedMetric(gap.Metric, part.P50Effect) : words.NotValidAlone, ReportText.SignedMetric(gap.Metric, part.MeanEffect));
        }
        table.Row(words.Interaction, "", "", ReportText.SignedMetric(gap.Metric, gap.P50.Interaction), ReportText.SignedMetric(gap.Metric, gap.Mean.Interaction));
        table.Row(words.Total, "", "", ReportText.SignedMetric(gap.Metric, gap.P50.Total), ReportText.SignedMetric(gap.Metric, gap.Mean.Total));
        table.AppendTo(text);
        foreach (var (title, by, split) in new[]
        {
            (words.MeanOutputByIndustry(gap.Year), words.Report.Industry, gap.ByIndustry),
            (words.MeanOutputByPark(gap.Year), words.Report.Park, gap.ByPark),
        })
        {
            text.Append($"\n## {title}\n\n");
            var parts = new MarkdownTable(by, gap.From, gap.To, "Δ");
            foreach (var part in split.Parts.Append(split.Remainder))
            {
                parts.Row(part.Name, ReportText.Amount(part.From), ReportText.Amount(part.To), ReportText.SignedAmount(part.Difference));
            }
            parts.Row(words.Total, ReportText.Amount(split.From), ReportText.Amount(split.To), ReportText.SignedAmount(split.Total));
            parts.AppendTo(text);
        }
        foreach (var note in gap.NoteCodes)
        {
            text.Append($"\n- {words.NoteLine(note)}");
        }
        return text.ToString();
    }

    public static string GoalSeek(GoalSeekResult result, AnalysisWords words)
    {
        var text = new StringBuilder();
        text.Append($"# {words.GoalSeekHeading(result.Param, result.Target, ReportText.Percent(result.WantedProbability))}\n\n");
        text.Append(words.GoalSeekMessage(result)).Append(words.Report.SentenceEnd).Append("\n\n");
        AppendOverrides(text, result.Overrides, words);
        var table = new MarkdownTable(words.Reached, words.Report.Value, words.Report.Probability, words.Report.Interval95, words.Range, words.Tolerance,
            words.Direction, words.Runs);
        table.Row(words.YesNo(result.Reached), result.Value is { } v ? ReportText.Parameter(v) : "—", ReportText.Percent(result.Probability),
            $"{ReportText.Percent(result.ProbabilityCi95[0])}–{ReportText.Percent(result.ProbabilityCi95[1])}",
            $"[{ReportText.Parameter(result.Min)}, {ReportText.Parameter(result.Max)}]", ReportText.Parameter(result.Tolerance),
            words.DirectionOf(result.Direction), ReportText.Integer(result.Runs));
        table.AppendTo(text);
        if (result.Conditioning is { } conditioning)
        {
            text.Append('\n').Append(AnalysisText.Conditioned(conditioning, result.Trials, words)).Append("\n\n");
            var steps = new MarkdownTable(words.Step, words.Report.Value, words.Report.Probability, "ESS");
            foreach (var (step, i) in (result.Steps ?? []).Select((s, i) => (s, i)))
            {
                steps.Row(ReportText.Integer(i + 1), ReportText.Parameter(step.Value), ReportText.Percent(step.Probability), AnalysisText.Ess(step.Ess));
            }
            steps.AppendTo(text);
        }
        return text.ToString();
    }
}
