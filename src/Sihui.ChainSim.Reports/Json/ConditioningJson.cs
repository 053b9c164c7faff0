using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Reports.Json;

/// <summary>
/// summary.json's <c>conditioning</c>: the observed rows, the effective sample size and the trials drawn, and each
/// target's chance before the observations (the same trials unweighted). Absent from a plain run.
/// </summary>
public sealed record ConditioningJson(IReadOnlyList<string> Rows, double Ess, int TrialsDrawn, IReadOnlyList<TargetBeforeJson> Before)
{
    public static ConditioningJson? Of(Conditioning? conditioning) => conditioning is null
        ? null
        : new ConditioningJson(
            conditioning.Rows,
            conditioning.Ess,
            conditioning.TrialsDrawn,
            [.. conditioning.TargetsBefore.Select(t => new TargetBeforeJson(t.TargetId, t.Met.Probability, [t.Met.Low, t.Met.High]))]);
}
