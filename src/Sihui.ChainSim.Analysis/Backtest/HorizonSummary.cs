using Sihui.ChainSim.Analysis.Scoring;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>The scores of the actuals <see cref="Horizon"/> years after their forecast's origin.</summary>
public sealed record HorizonSummary(int Horizon, ScoreSummary Summary);
