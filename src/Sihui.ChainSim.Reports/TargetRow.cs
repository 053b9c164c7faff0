using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Reports;

/// <summary>One target and how it fared, with the verdict word shown to people.</summary>
public sealed record TargetRow(TargetDefinition Target, TargetResult Result)
{
    public const double LikelyFrom = 0.8;
    public const double UnlikelyUpTo = 0.2;

    public double Probability => Result.Met.Probability;

    /// <summary>The wording the verdict is shown in.</summary>
    public ReportWords Words { get; init; } = ReportWords.En;

    /// <summary>"likely" (p ≥ 0.8), "unlikely" (p ≤ 0.2), otherwise "uncertain": the key for colours and machines.</summary>
    public string Verdict => Verdicts.Of(Probability);

    /// <summary>The verdict in <see cref="Words"/>' language (很可能 / 不确定 / 不太可能 in Chinese).</summary>
    public string VerdictText => Words.VerdictOf(Probability);

    /// <summary>The threshold with its comparison sign, e.g. <c>≥ 1,200.0</c>.</summary>
    public string Threshold => (Target.Comparison == Comparison.AtLeast ? "≥ " : "≤ ") + ReportText.Metric(Target.Metric, Target.Threshold);

    public string ComparisonName => Target.Comparison == Comparison.AtLeast ? "at_least" : "at_most";

    /// <summary>The target metric's value for people.</summary>
    public string Format(double value) => ReportText.Metric(Target.Metric, value);

    /// <summary>The probability and its 95% interval, e.g. <c>83.4% (81.0–85.6%)</c>.</summary>
    public string ProbabilityText => Verdicts.ProbabilityText(Result.Met);
}

/// <summary>Words and intervals for probabilities.</summary>
public static class Verdicts
{
    public static string Of(double probability) =>
        probability >= TargetRow.LikelyFrom ? "likely" : probability <= TargetRow.UnlikelyUpTo ? "unlikely" : "uncertain";

    public static string Colour(string verdict) => verdict switch
    {
        "likely" => "green",
        "unlikely" => "red",
        _ => "yellow",
    };

    public static string ProbabilityText(ProbabilityEstimate estimate) =>
        $"{ReportText.Percent(estimate.Probability)} ({(estimate.Low * 100).ToString("0.0", ReportText.Invariant)}–{ReportText.Percent(estimate.High)})";
}
