using System.ComponentModel;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>A chain-master enterprise draws supplier projects into its park each year.</summary>
[Description("A chain-master enterprise (链主) draws supplier projects into its park each year. The enterprise must have a park.")]
public sealed record ChainMasterDefinition
{
    [Description("Supplier projects signed per year (draw rounded down).")]
    public required Distribution SuppliersPerYear { get; init; }

    [Description("Planned investment per supplier project, 亿元.")]
    public required Distribution Investment { get; init; }

    /// <summary>The suppliers' industry.</summary>
    [Description("The suppliers' industry id.")]
    public required string Industry { get; init; }

    /// <summary>Null means the park's attraction template, or the defaults.</summary>
    [Description("How supplier projects behave. Optional; defaults to the park's attraction template, then the defaults.")]
    public ProjectTemplate? Project { get; init; }
}
