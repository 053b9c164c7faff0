using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Web.Hosting;

/// <summary>Starts the in-process silo as the app starts, in the background, so the first run does not wait for it.</summary>
/// <remarks>A stop cancels a start still under way, so Ctrl-C right after start-up does not wait for the silo.</remarks>
public sealed class RunnerWarmup(ISimulationRunner runner, ILogger<RunnerWarmup> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (runner is EmbeddedOrleansRunner embedded)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await embedded.WarmUpAsync(_stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
                {
                    // Stopped before the silo was up: nothing to report.
                }
                catch (Exception e)
                {
                    // The first run starts the silo itself and reports what goes wrong then.
                    logger.LogWarning("the silo did not start ahead of the first run: {Error}", e.Message);
                }
            }, CancellationToken.None);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _stopping.CancelAsync();

    public void Dispose() => _stopping.Dispose();
}
