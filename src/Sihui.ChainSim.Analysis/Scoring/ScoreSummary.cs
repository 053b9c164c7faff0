namespace Sihui.ChainSim.Analysis.Scoring;

/// <summary>
/// Scores over all rows: the share inside P10–P90 (80% if calibrated) with its Wilson 95% interval, the mean PIT
/// (0.5 if unbiased), the PIT histogram in ten bins of 0.1 (flat if calibrated) and the mean CRPS (lower is better).
/// </summary>
public sealed record ScoreSummary(int N, double CoverageP10P90, double CoverageLow, double CoverageHigh, double MeanPit, IReadOnlyList<int> PitHistogram, double MeanCrps);
