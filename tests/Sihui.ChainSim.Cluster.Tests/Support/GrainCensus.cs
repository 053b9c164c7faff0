using Orleans.Runtime;

namespace Sihui.ChainSim.Cluster.Tests.Support;

/// <summary>Asks the cluster's management grain which silos hold simulation grains right now.</summary>
public static class GrainCensus
{
    /// <summary>Enterprise and park activations per silo.</summary>
    public static async Task<IReadOnlyDictionary<SiloAddress, int>> SimulationGrainsBySiloAsync(IGrainFactory grains)
    {
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics
            .Where(s => s.GrainType.Contains("EnterpriseGrain", StringComparison.Ordinal) || s.GrainType.Contains("ParkGrain", StringComparison.Ordinal))
            .GroupBy(s => s.SiloAddress)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
    }

    /// <summary>Polls the census while <paramref name="run"/> goes on, and returns every silo seen holding grains.</summary>
    public static async Task<HashSet<SiloAddress>> SilosUsedDuringAsync(IGrainFactory grains, Task run)
    {
        var seen = new HashSet<SiloAddress>();
        while (!run.IsCompleted)
        {
            foreach (var (silo, count) in await SimulationGrainsBySiloAsync(grains))
            {
                if (count > 0)
                {
                    seen.Add(silo);
                }
            }
            await Task.WhenAny(run, Task.Delay(100));
        }
        return seen;
    }
}
