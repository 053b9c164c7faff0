using Sihui.ChainSim.Analysis.Notes;

namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>The growth panel's fit: each enterprise, each industry with fitted firms, the macro shock, and what could not be fitted.</summary>
public sealed record PanelFit(
    IReadOnlyList<FirmFit> Firms,
    IReadOnlyList<IndustryFit> Industries,
    double MacroSd,
    double MacroSdError,
    IReadOnlyList<int> MacroYears,
    bool MacroIdentified,
    IReadOnlyList<AnalysisNote> NoteCodes)
{
    /// <summary>The notes in English.</summary>
    public IReadOnlyList<string> Notes => NoteCodes.Select(n => n.English).ToList();
}
