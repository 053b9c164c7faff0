using Microsoft.Extensions.Logging;
using Sihui.ChainSim.Runner.Cluster;
using Sihui.ChainSim.Runner.Hosting;

namespace Sihui.ChainSim.Cluster.Tests.Support;

/// <summary>
/// Silo processes sharing a Redis server under a cluster id of their own, and a client of them. Disposing kills
/// every process it started, by PID, whatever the test did.
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    private readonly List<SiloProcess> _silos = [];

    private ProcessCluster(ClusterConnectionOptions options) => Options = options;

    public ClusterConnectionOptions Options { get; }

    public IReadOnlyList<SiloProcess> Silos => _silos;

    public ClusterClient Client { get; private set; } = null!;

    /// <summary>How long it took from the first silo process starting to the client being connected.</summary>
    public TimeSpan StartTime { get; private set; }

    public static async Task<ProcessCluster> StartAsync(string redis, int silos, bool defaultTimings = false)
    {
        var options = new ClusterConnectionOptions
        {
            Redis = redis,
            ClusterId = "test-" + Guid.NewGuid().ToString("N")[..12],
            ConnectTimeout = TimeSpan.FromSeconds(30),
            RunTimeout = TimeSpan.FromMinutes(2),
            UnreachableTimeout = TimeSpan.FromSeconds(30),
            RetryDelay = TimeSpan.FromMilliseconds(500),
        };
        var cluster = new ProcessCluster(options);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var starting = Enumerable.Range(0, silos).Select(_ => SiloProcess.StartAsync(redis, options.ClusterId, defaultTimings)).ToList();
            try
            {
                await Task.WhenAll(starting).ConfigureAwait(false);
            }
            finally
            {
                // Silos that did start are killed on dispose even when another one failed to.
                cluster._silos.AddRange(starting.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result));
            }
            cluster.Client = await ClusterClient.ConnectAsync(options, LogLevel.None).ConfigureAwait(false);
            cluster.StartTime = clock.Elapsed;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            silo.Dispose();
        }
        if (Client is not null)
        {
            await Client.DisposeAsync().ConfigureAwait(false);
        }
    }
}
