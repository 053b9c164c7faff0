namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>An enterprise, or an aggregate standing for the rest of an industry, with its growth parameters.</summary>
public sealed record EnterpriseDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Industry { get; init; }
    public string? Park { get; init; }

    /// <summary>Base-year output volume, valued at base-year prices (亿元).</summary>
    public required double Output { get; init; }

    /// <summary>Base-year capacity; null means unbounded.</summary>
    public double? Capacity { get; init; }
    public IReadOnlyDictionary<int, double> CapacityAdditions { get; init; } = new Dictionary<int, double>();

    /// <summary>The enterprise's own annual growth rate, one draw per trial and year.</summary>
    public required Distribution Growth { get; init; }
    public ChainMasterDefinition? ChainMaster { get; init; }
}

/// <summary>A chain-master enterprise draws supplier projects into its park each year.</summary>
public sealed record ChainMasterDefinition
{
    public required Distribution SuppliersPerYear { get; init; }
    public required Distribution Investment { get; init; }

    /// <summary>The suppliers' industry.</summary>
    public required string Industry { get; init; }

    /// <summary>Null means the park's attraction template, or the defaults.</summary>
    public ProjectTemplate? Project { get; init; }
}
