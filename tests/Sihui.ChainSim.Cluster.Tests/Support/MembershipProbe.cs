using System.Diagnostics;
using Orleans.Runtime;

namespace Sihui.ChainSim.Cluster.Tests.Support;

/// <summary>Asks the cluster's management grain how the membership table sees silos.</summary>
public static class MembershipProbe
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(1);

    /// <summary>How long until every silo on <paramref name="siloPorts"/> is Dead in the table, or the limit.</summary>
    public static async Task<TimeSpan> UntilDeadAsync(IGrainFactory grains, IReadOnlyCollection<int> siloPorts, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var management = grains.GetGrain<IManagementGrain>(0);
        while (clock.Elapsed < limit)
        {
            try
            {
                // A call to an activation on a killed silo would wait out Orleans' 30 s response timeout and be
                // counted as detection time; a short wait per call asks again, and the call is routed anew once the
                // silo is declared dead.
                var hosts = await management.GetHosts(onlyActive: false).WaitAsync(AskTimeout);
                if (siloPorts.All(port => hosts.Any(h => h.Key.Endpoint.Port == port && h.Value == SiloStatus.Dead)))
                {
                    return clock.Elapsed;
                }
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                // The management grain may itself have lived on a killed silo.
            }
            await Task.Delay(100);
        }
        return clock.Elapsed;
    }
}
