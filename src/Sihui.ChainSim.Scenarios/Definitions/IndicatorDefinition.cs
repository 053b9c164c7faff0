using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>A count-type figure such as high-tech enterprises: level[t] = level[t-1] + draw(annual_change).</summary>
[Description("A count-type figure such as high-tech enterprises: level[t] = level[t-1] + a draw of annual_change.")]
public sealed record IndicatorDefinition
{
    [IdPattern, Description("The indicator's id.")]
    public required string Id { get; init; }

    [DefaultFrom("id"), Description("Display name; may be Chinese. Defaults to the id.")]
    public required string Name { get; init; }

    [Description("Level at the end of the base year.")]
    public required double Initial { get; init; }

    [Description("Change in the level each year.")]
    public required Distribution AnnualChange { get; init; }
}
