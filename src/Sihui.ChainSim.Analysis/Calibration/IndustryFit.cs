namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>
/// An industry's fit: the mean of its enterprises' growth means (<see cref="Mean"/>, with its standard error), the
/// spread τ of the true means around it (NaN for one firm), the pooled within-firm sd, and the sd of its yearly shock net of
/// the macro shock. <see cref="ShockFitted"/> is false for one firm, whose shock cannot be told from its own noise.
/// </summary>
public sealed record IndustryFit(
    string Id,
    int Firms,
    int N,
    IReadOnlyList<int> Years,
    double Mean,
    double MeanError,
    double Tau,
    double WithinSd,
    double ShockSd,
    double ShockSdError,
    bool ShockFitted);
