using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>
/// A silo of a Redis-backed cluster, as <c>chainsim silo</c> runs it: started, replaced in place by a fresh host when
/// it loses its membership (Redis restarted empty, or declared dead), and stopped on SIGTERM or Ctrl-C.
/// </summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    // Leaving the cluster takes about 2 s; SIGTERM must end the process within 5 s (the CLI forces it after 3 s).
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(2.5);

    /// <summary>A host being replaced cannot leave a table that is gone; it is not given long to try.</summary>
    private static readonly TimeSpan ReplaceStopTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RejoinRetryDelay = TimeSpan.FromSeconds(2);
    private readonly IConfiguration _configuration;
    private readonly LogLevel _logLevel;
    private IHost _host;

    private ClusterSilo(IHost host, IConfiguration configuration, LogLevel logLevel) =>
        (_host, _configuration, _logLevel) = (host, configuration, logLevel);

    private ClusterConnectionOptions Cluster => _host.Services.GetRequiredService<IOptions<ClusterConnectionOptions>>().Value;

    private SiloHostOptions Options => _host.Services.GetRequiredService<IOptions<SiloHostOptions>>().Value;

    /// <summary>The address other silos and clients reach this silo at, as the cluster knows it.</summary>
    public SiloAddress Address => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    /// <summary>Fires when the host is told to stop from inside the process; signals reach the CLI's token instead.</summary>
    public CancellationToken Stopping => _host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

    /// <summary>How many times the host was replaced to join again.</summary>
    public int Rejoins { get; private set; }

    /// <summary>e.g. <c>cluster chainsim, silo 127.0.0.1:11111, gateway 30000</c>.</summary>
    public string Describe()
    {
        var gateway = _host.Services.GetRequiredService<ILocalSiloDetails>().GatewayAddress;
        return $"cluster {Cluster.ClusterId}, silo {Address.Endpoint}, gateway {gateway?.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}";
    }

    /// <summary>
    /// Starts a silo with the <c>Cluster</c> and <c>Silo</c> sections of <paramref name="configuration"/>. Settings
    /// that cannot work throw <see cref="OptionsValidationException"/> before the silo joins anything.
    /// </summary>
    public static async Task<ClusterSilo> StartAsync(
        IConfiguration configuration, LogLevel logLevel = LogLevel.Warning, CancellationToken cancellationToken = default)
    {
        var host = await StartHostAsync(configuration, logLevel, cancellationToken).ConfigureAwait(false);
        return new ClusterSilo(host, configuration, logLevel);
    }

    /// <summary>
    /// Waits until the silo is told to stop (returns null) or loses its membership (returns the reason, in one line).
    /// </summary>
    public async Task<string?> WaitForStopOrLossAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, Stopping);
        var lost = _host.Services.GetRequiredService<MembershipLoss>().Lost;
        var stopped = Task.Delay(Timeout.Infinite, stop.Token);
        await Task.WhenAny(lost, stopped).ConfigureAwait(false);
        return stop.IsCancellationRequested ? null : await lost.ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces the host with a fresh one (a new generation on the same ports) and waits until it has joined;
    /// <paramref name="report"/> hears of each failed attempt, in one line.
    /// </summary>
    public async Task RejoinAsync(Action<string>? report, CancellationToken cancellationToken)
    {
        await StopQuicklyAsync(_host).ConfigureAwait(false);
        while (true)
        {
            try
            {
                _host = await StartHostAsync(_configuration, _logLevel, cancellationToken).ConfigureAwait(false);
                Rejoins++;
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Redis may still be coming back; the next attempt starts from scratch.
                report?.Invoke($"{e.GetType().Name}: {e.Message.Split('\n', 2)[0]}");
                await Task.Delay(RejoinRetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
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
            // Stopped without a goodbye; the others will notice by probing.
        }
        SiloHealthFile.Delete(Options.ResolvedHealthFile);
        _host.Dispose();
    }

    private static async Task<IHost> StartHostAsync(IConfiguration configuration, LogLevel logLevel, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        SiloLogging.Configure(builder.Logging, logLevel);
        ProcessOwnedLifetime.Use(builder.Services);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = StopTimeout);
        builder.UseOrleans(s => s.AddChainSimClusterSilo());
        var host = builder.Build();
        try
        {
            // Bad settings are refused before the host starts, so they are said once, by the caller.
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await StopQuicklyAsync(host).ConfigureAwait(false);
            throw;
        }
        return host;
    }

    private static async Task StopQuicklyAsync(IHost host)
    {
        using var timeout = new CancellationTokenSource(ReplaceStopTimeout);
        try
        {
            await host.StopAsync(timeout.Token).WaitAsync(ReplaceStopTimeout * 2).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A host that cannot say goodbye (its table is gone) is dropped; its ports close with it.
        }
        // Disposing waits for the old runtime's services; do not let one that hangs keep the silo out of the cluster.
        var disposing = Task.Run(host.Dispose);
        await Task.WhenAny(disposing, Task.Delay(ReplaceStopTimeout)).ConfigureAwait(false);
    }
}
