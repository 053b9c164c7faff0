using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>What <c>chainsim run</c> was asked to do, as parsed from the command line.</summary>
public sealed record RunSettings
{
    /// <summary>The scenario file; null with <see cref="Replay"/>, which names it instead.</summary>
    public string? File { get; init; }

    /// <summary>A summary.json to re-run exactly.</summary>
    public string? Replay { get; init; }

    /// <summary>True when --engine was on the command line; a replay otherwise uses the summary's engine.</summary>
    public bool EngineGiven { get; init; }
    public int? Trials { get; init; }
    public ulong? Seed { get; init; }
    public string? Variant { get; init; }
    public IReadOnlyList<string> Set { get; init; } = [];
    public int? Until { get; init; }
    public string? OutDirectory { get; init; }
    public EngineKind Engine { get; init; } = EngineKind.Orleans;

    /// <summary>The cluster to run on as a client; null runs on the embedded silo (or directly).</summary>
    public ClusterConnectionOptions? Cluster { get; init; }
    public bool Json { get; init; }
    public bool Quiet { get; init; }
    public bool Verbose { get; init; }

    /// <summary>Refuse to run (exit 2) when the scenario has warnings.</summary>
    public bool Strict { get; init; }

    /// <summary>The output directory: <c>--out</c>, or <c>out/&lt;scenario file name without extension&gt;</c>.</summary>
    public string ResolvedOutDirectory =>
        OutDirectory ?? Path.Combine("out", Path.GetFileNameWithoutExtension(File ?? ""));
}
