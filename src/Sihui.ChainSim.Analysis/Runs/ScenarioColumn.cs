using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Saved;

namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>One scenario to run in an analysis: a file's text, an optional variant, and overrides applied after it.</summary>
public sealed record ScenarioColumn
{
    public required string Label { get; init; }
    public required string ScenarioText { get; init; }
    public required string FileName { get; init; }
    public string? Variant { get; init; }
    public IReadOnlyList<OverrideDefinition> Set { get; init; } = [];

    /// <summary>The variants saved beside the file, which count as its own.</summary>
    public SavedVariantsText? SavedVariants { get; init; }

    public ScenarioLoadOptions LoadOptions => new() { Variant = Variant, Set = Set, SavedVariants = SavedVariants };

    /// <summary>
    /// A column read from a file as every entry point reads it (strict UTF-8, saved variants beside it); the label
    /// defaults to the variant's name, else "baseline". Throws <see cref="ScenarioValidationException"/> for an unusable file.
    /// </summary>
    public static ScenarioColumn FromFile(string path, string? variant = null, string? label = null)
    {
        var source = ScenarioSource.Read(path);
        return new()
        {
            Label = label ?? variant ?? "baseline",
            ScenarioText = source.Text,
            FileName = path,
            Variant = variant,
            SavedVariants = source.SavedVariants,
        };
    }

    /// <summary>The same column with more overrides applied last.</summary>
    public ScenarioColumn With(params OverrideDefinition[] more) => this with { Set = [.. Set, .. more] };

    public bool SameFileAs(ScenarioColumn other) => ScenarioText == other.ScenarioText;
}
