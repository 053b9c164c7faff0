using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Contracts;

/// <summary>What to run: the scenario's text (silos recompile it themselves), how to load it, and run-time overrides.</summary>
/// <remarks>The engine is not part of the request: the caller picks it when it creates the runner.</remarks>
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
}
