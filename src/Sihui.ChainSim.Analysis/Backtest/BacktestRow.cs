namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>One actual scored against the forecast made at <see cref="Origin"/>, <see cref="Horizon"/> years earlier; the rest is a score row.</summary>
public sealed record BacktestRow(
    int Origin, int Horizon, string Metric, string Id, int Year, double Actual, double Pit, bool InsideP10P90, double? P50Error, double Crps);
