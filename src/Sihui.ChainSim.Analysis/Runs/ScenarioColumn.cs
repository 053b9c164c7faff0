using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>One scenario to run in an analysis: a file's text, an optional variant, and overrides applied after it.</summary>
public sealed record ScenarioColumn
{
    public required string Label { get; init; }
    public required string ScenarioText { get; init; }
    public required string FileName { get; init; }
    public string? Variant { get; init; }
    public IReadOnlyList<OverrideDefinition> Set { get; init; } = [];

    public ScenarioLoadOptions LoadOptions => new() { Variant = Variant, Set = Set };

    /// <summary>A column read from a file; the label defaults to the variant's name, else "baseline".</summary>
    public static ScenarioColumn FromFile(string path, string? variant = null, string? label = null) => new()
    {
        Label = label ?? variant ?? "baseline",
        ScenarioText = File.ReadAllText(path),
        FileName = path,
        Variant = variant,
    };

    /// <summary>The same column with more overrides applied last.</summary>
    public ScenarioColumn With(params OverrideDefinition[] more) => this with { Set = [.. Set, .. more] };

    public bool SameFileAs(ScenarioColumn other) => ScenarioText == other.ScenarioText;
}
