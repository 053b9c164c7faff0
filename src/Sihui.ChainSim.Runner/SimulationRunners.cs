using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Cluster;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Runner;

/// <summary>Builds the runner that <see cref="RunnerOptions"/> describe: direct, embedded silo, or cluster client.</summary>
public static class SimulationRunners
{
    /// <summary>Dispose the runner when done if it is <see cref="IAsyncDisposable"/> (it may hold a silo or a connection).</summary>
    public static ISimulationRunner Create(RunnerOptions options)
    {
        if (options.Cluster is { } cluster)
        {
            if (options.Engine != EngineKind.Orleans)
            {
                throw new ClusterConfigurationException("a cluster runs the orleans engine; the direct engine runs only in this process");
            }
            if (ChainSimClusterOptionsValidator.Problems(cluster) is { Count: > 0 } problems)
            {
                throw new ClusterConfigurationException(string.Join("; ", problems));
            }
            return new ClusterOrleansRunner(cluster);
        }
        return options.Engine switch
        {
            EngineKind.Direct => new DirectRunner(),
            EngineKind.Orleans => new EmbeddedOrleansRunner(),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Engine, "unknown engine"),
        };
    }
}
