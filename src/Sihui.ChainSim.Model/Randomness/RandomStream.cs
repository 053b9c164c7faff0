namespace Sihui.ChainSim.Model.Randomness;

/// <summary>Which independent stream a draw comes from, so two uses of one entity never share numbers.</summary>
public enum RandomStream : ulong
{
    Growth = 1,
    IndustryShock = 2,
    MacroShock = 3,
    Price = 4,
    Stall = 5,
    Start = 6,
    BuildYears = 7,
    CommissionYears = 8,
    AttractionCount = 9,
    ProjectInvestment = 10,
    ProjectIndustry = 11,
    IndicatorChange = 12,
    // New streams go last, so no existing draw changes.
    IndicatorExit = 13,
}
