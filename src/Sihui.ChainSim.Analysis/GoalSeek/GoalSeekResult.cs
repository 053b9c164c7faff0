using System.Text.Json.Serialization;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Analysis.GoalSeek;

/// <summary>
/// The answer of a goal-seek: the smallest (Direction increasing) or largest (decreasing) value reaching the probability,
/// to within Tolerance, and the probability there. When not reached, Value is null and Probability is at the best end.
/// </summary>
public sealed record GoalSeekResult(
    string Target,
    string Param,
    double WantedProbability,
    double Min,
    double Max,
    double Tolerance,
    GoalSeekDirection Direction,
    bool Reached,
    double? Value,
    double Probability,
    IReadOnlyList<double> ProbabilityCi95,
    double? P50,
    int Runs,
    int Trials,
    ulong Seed,
    string Message)
{
    /// <summary>What the base case changed from the file (the variant's values and --set), besides <see cref="Param"/>.</summary>
    public IReadOnlyList<RunOverride> Overrides { get; init; } = [];

    /// <summary>The effective sample size at the answer, when conditioned on observations; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Ess { get; init; }

    /// <summary>Set when every run is conditioned on observations (<c>--observed</c>): the rows and the base case's ESS.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AnalysisConditioning? Conditioning { get; init; }

    /// <summary>Each value tried, in order, with its probability, P50 and ESS; only when conditioned on observations.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<GoalSeekStep>? Steps { get; init; }
}

/// <summary>How the target's probability moves as the parameter grows, judged from the two ends of the range.</summary>
public enum GoalSeekDirection
{
    Increasing,
    Decreasing,
    Flat,
}

/// <summary>One evaluation of the parameter during the search.</summary>
internal sealed record GoalSeekPoint(double Value, ProbabilityEstimate Met, double P50, double? Ess);
