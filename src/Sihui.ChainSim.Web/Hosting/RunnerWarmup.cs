using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Web.Hosting;

/// <summary>Starts the in-process silo as the app starts, in the background, so the first run does not wait for it.</summary>
public sealed class RunnerWarmup(ISimulationRunner runner, ILogger<RunnerWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (runner is EmbeddedOrleansRunner embedded)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await embedded.WarmUpAsync(CancellationToken.None).ConfigureAwait(false);
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
