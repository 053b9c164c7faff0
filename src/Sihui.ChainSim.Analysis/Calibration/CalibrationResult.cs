namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>What a calibration fitted: the parameters at their override paths, the panel fit behind them, and what it could not fit.</summary>
public sealed record CalibrationResult(IReadOnlyList<FittedParameter> Parameters, PanelFit Panel, IReadOnlyList<string> Notes);
