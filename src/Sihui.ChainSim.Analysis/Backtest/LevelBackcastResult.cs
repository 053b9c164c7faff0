namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>A level backcast: its origin and last year, each history series against its fan, and what the rebasing noted.</summary>
public sealed record LevelBackcastResult(int Origin, int EndYear, IReadOnlyList<BackcastSeries> Series, IReadOnlyList<string> Notes);
