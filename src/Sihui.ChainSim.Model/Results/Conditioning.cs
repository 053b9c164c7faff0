namespace Sihui.ChainSim.Model.Results;

/// <summary>
/// How a nowcast was conditioned: the rows (as errors name them), the effective sample size and the trials drawn, and
/// the targets before weighting (the same trials, unweighted), to show beside the conditioned ones.
/// </summary>
public sealed record Conditioning(
    IReadOnlyList<string> Rows,
    double Ess,
    int TrialsDrawn,
    IReadOnlyList<TargetResult> TargetsBefore,
    ProbabilityEstimate AllTargetsBefore)
{
    /// <summary>Short of <paramref name="minEss"/>; never with no rows, since more trials cannot add what nothing observed.</summary>
    public bool FallsShortOf(double minEss) => Rows.Count > 0 && Ess < minEss;
}
