namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>An industrial chain (copper, jade, ...): its shared shock and optional output-price index.</summary>
public sealed record IndustryDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>One draw per trial, year and industry, added to the growth of its enterprises.</summary>
    public Distribution? Shock { get; init; }

    /// <summary>Output-price index (geometric Brownian motion, 1.0 in the base year). Null means a flat 1.0.</summary>
    public PriceDefinition? Price { get; init; }
}

/// <summary>Drift and volatility of an industry's output-price index.</summary>
public sealed record PriceDefinition(double Drift, double Volatility);
