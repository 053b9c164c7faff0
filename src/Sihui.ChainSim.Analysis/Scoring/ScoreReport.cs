using Sihui.ChainSim.Analysis.Notes;

namespace Sihui.ChainSim.Analysis.Scoring;

/// <summary>What <c>chainsim score --json</c> prints: each scored actual, the summary over them, and the actuals with no forecast.</summary>
public sealed record ScoreReport(IReadOnlyList<ScoreRow> Rows, ScoreSummary Summary, IReadOnlyList<string> Unscored)
{
    /// <summary>Why each actual was not scored, as codes with their values, in the order of <see cref="Unscored"/>.</summary>
    public IReadOnlyList<AnalysisNote> UnscoredCodes { get; init; } = [];
}
