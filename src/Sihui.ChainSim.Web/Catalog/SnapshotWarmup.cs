using Microsoft.Extensions.Hosting;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Web.Catalog;

/// <summary>Reads the served files once in the background at start, so the first page load does not pay for a big file.</summary>
public sealed class SnapshotWarmup(ScenarioCatalog catalog, ScenarioSnapshots snapshots) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() =>
        {
            foreach (var entry in catalog.List())
            {
                try
                {
                    snapshots.Get(entry);
                }
                catch (ScenarioValidationException)
                {
                    // Cached with its errors; the API reports them.
                }
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
