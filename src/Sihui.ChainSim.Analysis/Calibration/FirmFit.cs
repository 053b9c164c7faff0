namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>
/// One enterprise's fitted growth: its own mean, the mean pooled toward its industry by weight <see cref="Shrinkage"/>
/// (B: 0 keeps its own mean, 1 takes the industry's), and its own sd net of the shocks. When <see cref="FellBack"/> the
/// series was too short and every value is its industry's.
/// </summary>
public sealed record FirmFit(
    string Id,
    string Industry,
    int N,
    IReadOnlyList<int> Years,
    double RawMean,
    double PooledMean,
    double MeanError,
    double Shrinkage,
    double Sd,
    double SdError,
    bool FellBack);
