using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Runner;

/// <summary>What to run: the scenario's text (silos recompile it themselves), how to load it, and run-time overrides.</summary>
public sealed record RunRequest
{
    /// <summary>The scenario file's YAML text, exactly as read.</summary>
    public required string ScenarioText { get; init; }

    /// <summary>The file name used in error messages.</summary>
    public required string FileName { get; init; }
    public ScenarioLoadOptions LoadOptions { get; init; } = new();
    public int? Trials { get; init; }
    public ulong? Seed { get; init; }
    public int? Until { get; init; }
    public EngineKind Engine { get; init; } = EngineKind.Orleans;
}

/// <summary>Which engine steps the model: grains on an Orleans silo, or plain objects in this process.</summary>
public enum EngineKind
{
    Orleans,
    Direct,
}
