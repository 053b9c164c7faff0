using Sihui.ChainSim.Analysis.Notes;

namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>
/// What a calibration fitted: the parameters at their override paths, the panel fit behind them, what it could not
/// fit, and the real growth series it was fitted to (for the backcast).
/// </summary>
public sealed record CalibrationResult(IReadOnlyList<FittedParameter> Parameters, PanelFit Panel, IReadOnlyList<AnalysisNote> NoteCodes)
{
    /// <summary>The notes in English.</summary>
    public IReadOnlyList<string> Notes => NoteCodes.Select(n => n.English).ToList();

    public IReadOnlyList<FirmSeries> Series { get; init; } = [];
}
