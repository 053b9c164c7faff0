namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>A named set of overrides, applied to the scenario before validation.</summary>
public sealed record VariantDefinition(string Name, string Description, IReadOnlyList<OverrideDefinition> Set)
{
    /// <summary>True for a variant saved from the page in the scenario's sidecar, not written in the file.</summary>
    public bool Saved { get; init; }
}

/// <summary>One override: a path such as <c>enterprises.jintian.growth.mean</c> and its new YAML value.</summary>
public sealed record OverrideDefinition(string Path, string Value);
