using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>Economy-wide assumptions: the macro shock added to every enterprise's growth rate.</summary>
[Description("Economy-wide assumptions.")]
public sealed record EconomyDefinition
{
    /// <summary>One draw per trial and year, shared by all enterprises. Null means no shock.</summary>
    [YearlyDraw, Description("Macro shock added to every enterprise's growth; one draw per trial and year. Optional.")]
    public Distribution? Shock { get; init; }
}
