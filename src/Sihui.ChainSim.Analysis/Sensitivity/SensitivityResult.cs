using System.Text.Json.Serialization;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.Sensitivity;

/// <summary>A tornado: the target at the base case, and one bar per parameter, ranked by effect size.</summary>
public sealed record SensitivityResult(
    string TargetId,
    string TargetName,
    string Metric,
    int Year,
    int Trials,
    ulong Seed,
    double BaseProbability,
    double BaseP50,
    IReadOnlyList<TornadoBar> Bars,
    int Runs,
    double WallSeconds)
{
    /// <summary>What the base case changed from the file (the variant's values and --set); each bar varies one path on top.</summary>
    public IReadOnlyList<RunOverride> Overrides { get; init; } = [];

    /// <summary>Set when every run is conditioned on observations (<c>--observed</c>): the rows and the base case's ESS.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AnalysisConditioning? Conditioning { get; init; }
}

/// <summary>
/// One parameter at its low and high value: the target's probability and its metric's P50 at each end.
/// Effects are high minus low; bars rank by the size of the probability effect, then of the P50 effect.
/// </summary>
public sealed record TornadoBar(
    int Rank,
    string Path,
    string Label,
    string? LabelZh,
    bool FromTunable,
    double Current,
    double Low,
    double High,
    double ProbabilityAtLow,
    double ProbabilityAtHigh,
    double P50AtLow,
    double P50AtHigh)
{
    public double ProbabilityEffect => ProbabilityAtHigh - ProbabilityAtLow;
    public double P50Effect => P50AtHigh - P50AtLow;

    /// <summary>The effective sample size at the low end, when conditioned on observations; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EssAtLow { get; init; }

    /// <summary>The effective sample size at the high end, when conditioned on observations; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? EssAtHigh { get; init; }
}
