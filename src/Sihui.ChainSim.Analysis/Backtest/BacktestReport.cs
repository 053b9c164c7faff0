using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.Analysis.Scoring;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>
/// What <c>chainsim backtest --json</c> prints: every scored actual with its origin and horizon, the summary over all
/// of them (coverage of P10–P90 with its Wilson interval, mean PIT, PIT histogram, mean CRPS), the same by horizon,
/// each origin's rebasing, and the actuals that could not be scored.
/// </summary>
public sealed record BacktestReport(
    string Scenario,
    string History,
    int From,
    int To,
    int Trials,
    ulong Seed,
    int ParameterDraws,
    IReadOnlyList<BacktestRow> Rows,
    ScoreSummary Summary,
    IReadOnlyList<HorizonSummary> ByHorizon,
    IReadOnlyList<BacktestOrigin> Origins,
    IReadOnlyList<string> Unscored)
{
    /// <summary>Why each actual was not scored, as codes with their values, in the order of <see cref="Unscored"/>.</summary>
    public IReadOnlyList<AnalysisNote> UnscoredCodes { get; init; } = [];
}
