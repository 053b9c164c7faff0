using Sihui.ChainSim.Analysis.Notes;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>A level backcast: its origin and last year, each history series against its fan, and what the rebasing noted.</summary>
public sealed record LevelBackcastResult(int Origin, int EndYear, IReadOnlyList<BackcastSeries> Series, IReadOnlyList<string> Notes)
{
    /// <summary>The notes as codes with their values, in the order of <see cref="Notes"/>.</summary>
    public IReadOnlyList<AnalysisNote> NoteCodes { get; init; } = [];
}
