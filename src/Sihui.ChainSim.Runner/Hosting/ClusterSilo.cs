using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>A silo of a Redis-backed cluster, as <c>chainsim silo</c> runs it: started, then stopped on SIGTERM or Ctrl-C.</summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    // Leaving the cluster takes about 2 s; SIGTERM must end the process within 5 s (the CLI forces it after 3 s).
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(2.5);
    private readonly IHost _host;
    private readonly ClusterConnectionOptions _cluster;

    private ClusterSilo(IHost host, ClusterConnectionOptions cluster) => (_host, _cluster) = (host, cluster);

    /// <summary>The address other silos and clients reach this silo at, as the cluster knows it.</summary>
    public SiloAddress Address => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    /// <summary>Fires when the host is told to stop from inside the process; signals reach the CLI's token instead.</summary>
    public CancellationToken Stopping => _host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

    /// <summary>e.g. <c>cluster chainsim, silo 127.0.0.1:11111, gateway 30000</c>.</summary>
    public string Describe()
    {
        var gateway = _host.Services.GetRequiredService<ILocalSiloDetails>().GatewayAddress;
        return $"cluster {_cluster.ClusterId}, silo {Address.Endpoint}, gateway {gateway?.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}";
    }

    public static async Task<ClusterSilo> StartAsync(
        ClusterConnectionOptions cluster, SiloHostOptions silo, LogLevel logLevel = LogLevel.Warning, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(logLevel);
        if (logLevel < LogLevel.None)
        {
            // stdout carries only the ready line; logs go to stderr.
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        ProcessOwnedLifetime.Use(builder.Services);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = StopTimeout);
        builder.UseOrleans(s => s.AddChainSimClusterSilo(cluster, silo));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new ClusterSilo(host, cluster);
    }

    /// <summary>Leaves the cluster gracefully: the membership table marks this silo dead at once.</summary>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await _host.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Too slow to say goodbye: the others will notice the silo is gone.
        }
        _host.Dispose();
    }
}
