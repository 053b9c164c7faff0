namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>A count-type figure such as high-tech enterprises: level[t] = level[t-1] + draw(annual_change).</summary>
public sealed record IndicatorDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required double Initial { get; init; }
    public required Distribution AnnualChange { get; init; }
}
