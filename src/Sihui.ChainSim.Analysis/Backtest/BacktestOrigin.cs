using Sihui.ChainSim.Analysis.Calibration;
using Sihui.ChainSim.Analysis.Notes;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>What one origin's rebased scenario kept and dropped, the parameters fitted up to it, and how its forecasts scored.</summary>
public sealed record BacktestOrigin(
    int Origin,
    int Scored,
    IReadOnlyList<string> KeptEnterprises,
    IReadOnlyList<string> DroppedEnterprises,
    IReadOnlyList<string> KeptIndicators,
    IReadOnlyList<string> DroppedIndicators,
    IReadOnlyList<string> KeptProjects,
    IReadOnlyList<string> DroppedProjects,
    IReadOnlyList<FittedParameter> Parameters,
    IReadOnlyList<string> Notes)
{
    /// <summary>The notes as codes with their values, in the order of <see cref="Notes"/>.</summary>
    public IReadOnlyList<AnalysisNote> NoteCodes { get; init; } = [];
}
