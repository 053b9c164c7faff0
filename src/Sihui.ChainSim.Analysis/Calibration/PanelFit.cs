namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>The growth panel's fit: each enterprise, each industry with fitted firms, the macro shock, and what could not be fitted.</summary>
public sealed record PanelFit(
    IReadOnlyList<FirmFit> Firms,
    IReadOnlyList<IndustryFit> Industries,
    double MacroSd,
    double MacroSdError,
    IReadOnlyList<int> MacroYears,
    bool MacroIdentified,
    IReadOnlyList<string> Notes);
