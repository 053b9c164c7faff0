using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>What to apply on top of the file: a variant, then <c>--set path=value</c> overrides, in order.</summary>
public sealed record ScenarioLoadOptions
{
    public string? Variant { get; init; }
    public IReadOnlyList<OverrideDefinition> Set { get; init; } = [];

    /// <summary>The sidecar of variants saved beside the file, if any: its variants count as the file's own.</summary>
    public Saved.SavedVariantsText? SavedVariants { get; init; }
}
