using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Cli;

/// <summary>Maps an <c>--engine</c> choice, or a cluster to join, to a runner.</summary>
public static class RunnerFactory
{
    public static ISimulationRunner Create(EngineKind engine) => SimulationRunners.Create(new RunnerOptions { Engine = engine });

    public static ISimulationRunner CreateClusterRunner(ClusterConnectionOptions cluster) =>
        SimulationRunners.Create(new RunnerOptions { Cluster = cluster });
}
