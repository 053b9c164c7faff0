using System.Text.Json.Serialization;
using Sihui.ChainSim.Contracts;

namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>
/// How an analysis was conditioned on observations: the rows, and the effective sample size its first run (the baseline)
/// reached with the trials every run then used, against the <c>--min-ess</c> and <c>--max-trials</c> asked.
/// </summary>
public sealed record AnalysisConditioning(IReadOnlyList<string> Rows, double BaselineEss, int MinEss, int MaxTrials)
{
    /// <summary>The baseline's ESS stayed below the minimum even at the maximum trials.</summary>
    [JsonIgnore]
    public bool Short => Rows.Count > 0 && BaselineEss < MinEss;

    /// <summary>The conditioning of <paramref name="baseline"/>'s run; null when the run was not conditioned.</summary>
    public static AnalysisConditioning? Of(RunOutcome baseline, int minEss, int maxTrials) =>
        baseline.Result.Conditioning is { } c ? new AnalysisConditioning(c.Rows, c.Ess, minEss, maxTrials) : null;
}
