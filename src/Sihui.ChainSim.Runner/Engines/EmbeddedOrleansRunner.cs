using Microsoft.Extensions.Logging;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Hosting;

namespace Sihui.ChainSim.Runner.Engines;

/// <summary>
/// The default runner: the Orleans engine on a silo inside this process, started on the first run and stopped
/// on dispose. The scenario is checked before the silo starts, so a bad file costs no start-up time.
/// </summary>
public sealed class EmbeddedOrleansRunner(LogLevel siloLogLevel = LogLevel.None) : ISimulationRunner, IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private EmbeddedSilo? _silo;

    public async Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var scenario = ScenarioCompiler.Compile(request);
        var silo = await StartAsync(cancellationToken).ConfigureAwait(false);
        return await silo.CreateRunner().RunCompiledAsync(request, scenario, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the silo ahead of the first run, for a server that should answer its first request quickly.</summary>
    public Task WarmUpAsync(CancellationToken cancellationToken) => StartAsync(cancellationToken);

    /// <summary>Stops the silo, after a start still under way (a warm-up, say) has finished, so none is left running.</summary>
    public async ValueTask DisposeAsync()
    {
        await _starting.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_silo is not null)
            {
                await _silo.DisposeAsync().ConfigureAwait(false);
                _silo = null;
            }
        }
        finally
        {
            _starting.Release();
        }
    }

    private async Task<EmbeddedSilo> StartAsync(CancellationToken cancellationToken)
    {
        await _starting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _silo ??= await EmbeddedSilo.StartAsync(siloLogLevel, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _starting.Release();
        }
    }
}
