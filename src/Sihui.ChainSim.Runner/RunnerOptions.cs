using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Runner;

/// <summary>Which runner to build: the engine, and the cluster to use instead of the embedded silo (null: embedded).</summary>
public sealed record RunnerOptions
{
    public EngineKind Engine { get; init; } = EngineKind.Orleans;

    /// <summary>The cluster to run on as a client; null runs on a silo inside this process.</summary>
    public ClusterConnectionOptions? Cluster { get; init; }
}
