namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>Economy-wide assumptions: the macro shock added to every enterprise's growth rate.</summary>
public sealed record EconomyDefinition
{
    /// <summary>One draw per trial and year, shared by all enterprises. Null means no shock.</summary>
    public Distribution? Shock { get; init; }
}
