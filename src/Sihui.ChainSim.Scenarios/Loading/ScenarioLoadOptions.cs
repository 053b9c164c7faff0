using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>What to apply on top of the file: a variant, then <c>--set path=value</c> overrides, in order.</summary>
public sealed record ScenarioLoadOptions
{
    public string? Variant { get; init; }
    public IReadOnlyList<OverrideDefinition> Set { get; init; } = [];

    /// <summary>The sidecar of variants saved beside the file, if any: its variants count as the file's own.</summary>
    public Saved.SavedVariantsText? SavedVariants { get; init; }

    /// <summary>
    /// The same load with a selected saved variant written out as leading overrides, for engines that get only the
    /// scenario text (silos): they apply the same values in the same order, so they hold the same scenario.
    /// </summary>
    public ScenarioLoadOptions Flattened()
    {
        if (SavedVariants is null)
        {
            return this;
        }
        var saved = Variant is null ? null : Saved.SavedVariantFile.Definitions(SavedVariants, new ErrorList()).FirstOrDefault(v => v.Name == Variant);
        return saved is null
            ? this with { SavedVariants = null }
            : new ScenarioLoadOptions { Set = [.. saved.Set, .. Set] };
    }
}
