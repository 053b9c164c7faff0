using Microsoft.Extensions.Logging;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Cluster;
using Sihui.ChainSim.Runner.Hosting;

namespace Sihui.ChainSim.Runner.Engines;

/// <summary>
/// The Orleans engine on a cluster: connects as a client on the first run (the scenario is checked first, so a bad
/// file costs no connection) and disconnects on dispose. Runs lost with a silo are replayed.
/// </summary>
public sealed class ClusterOrleansRunner(ClusterConnectionOptions options, LogLevel clientLogLevel = LogLevel.None)
    : ISimulationRunner, IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ClusterClient? _client;

    public async Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var scenario = ScenarioCompiler.Compile(request);
        var client = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await client.CreateRunner().RunCompiledAsync(request, scenario, progress, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync().ConfigureAwait(false);
            _client = null;
        }
        _connecting.Dispose();
    }

    private async Task<ClusterClient> ConnectAsync(CancellationToken cancellationToken)
    {
        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _client ??= await ClusterClient.ConnectAsync(options, clientLogLevel, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _connecting.Release();
        }
    }
}
