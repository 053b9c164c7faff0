namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>An industrial park: its free land, spare power and the new projects it attracts.</summary>
public sealed record ParkDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>Free industrial land (mu) at the end of the base year. Null means unlimited.</summary>
    public double? LandMu { get; init; }
    public IReadOnlyDictionary<int, double> LandAdditions { get; init; } = new Dictionary<int, double>();

    /// <summary>Spare power capacity (MW) at the end of the base year. Null means unlimited.</summary>
    public double? PowerMw { get; init; }
    public IReadOnlyDictionary<int, double> PowerAdditions { get; init; } = new Dictionary<int, double>();

    public AttractionDefinition? Attraction { get; init; }
}

/// <summary>How many new projects a park signs each year, how large, in which industries, and how they behave.</summary>
public sealed record AttractionDefinition
{
    /// <summary>Count of projects signed per year (rounded down, at least 0).</summary>
    public required Distribution ProjectsPerYear { get; init; }
    public required Distribution InvestmentPerProject { get; init; }

    /// <summary>Industry weights; a project's industry is drawn in proportion to them.</summary>
    public required IReadOnlyList<IndustryShare> IndustryMix { get; init; }
    public ProjectTemplate Project { get; init; } = new();
}

/// <summary>One industry's weight in a park's attraction mix.</summary>
public sealed record IndustryShare(string Industry, double Weight);
