using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Cluster;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>A connection to a running cluster, found through Redis; runs go to the cluster's silos.</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly ClusterConnectionOptions _options;

    private ClusterClient(IHost host, ClusterConnectionOptions options) => (_host, _options) = (host, options);

    public IGrainFactory GrainFactory => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>A runner that replays a run lost with a silo, within the options' attempts and timeout.</summary>
    public OrleansRunner CreateRunner(ILogger? logger = null) =>
        new(GrainFactory, RunRetryPolicy.From(_options), logger ?? _host.Services.GetRequiredService<ILoggerFactory>().CreateLogger<OrleansRunner>());

    /// <summary>Connects with <paramref name="options"/> as bound and validated where they were read (<see cref="SimulationRunners.AddChainSimRunner"/>).</summary>
    public static async Task<ClusterClient> ConnectAsync(
        ClusterConnectionOptions options, LogLevel logLevel = LogLevel.Warning, CancellationToken cancellationToken = default)
    {
        var builder = ProcessOwnedLifetime.CreateBuilder(logLevel);
        var deadline = DateTime.UtcNow + options.ConnectTimeout;
        builder.UseOrleansClient(client => client
            .UseChainSimCluster(options)
            .UseConnectionRetryFilter((_, token) => RetryUntilAsync(deadline, token)));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            throw new SimulationFailedException(
                $"cannot reach cluster '{options.ClusterId}' through Redis {options.Redis} within {options.ConnectTimeout}: " +
                $"are its silos running? ({e.GetType().Name}: {e.Message})");
        }
        return new ClusterClient(host, options);
    }

    /// <summary>Disconnects; a client that cannot say goodbye in time is simply dropped.</summary>
    public ValueTask DisposeAsync() => ProcessOwnedLifetime.StopAndDisposeAsync(_host);

    private static async Task<bool> RetryUntilAsync(DateTime deadline, CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow >= deadline)
        {
            return false;
        }
        await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
