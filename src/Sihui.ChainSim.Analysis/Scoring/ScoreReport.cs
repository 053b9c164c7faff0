namespace Sihui.ChainSim.Analysis.Scoring;

/// <summary>What <c>chainsim score --json</c> prints: each scored actual, the summary over them, and the actuals with no forecast.</summary>
public sealed record ScoreReport(IReadOnlyList<ScoreRow> Rows, ScoreSummary Summary, IReadOnlyList<string> Unscored);
