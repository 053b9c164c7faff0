using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>
/// A host lifetime that leaves signals to the program: the host starts and stops only when told, so one handler of
/// SIGINT and SIGTERM (the CLI's) decides how the whole process stops, and no host swallows a signal on its own.
/// </summary>
public sealed class ProcessOwnedLifetime : IHostLifetime
{
    /// <summary>How long a host inside a stopping process may take to stop before it is dropped.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(2);

    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Replaces the console lifetime of <paramref name="services"/> and bounds the host's shutdown.</summary>
    public static void Use(IServiceCollection services)
    {
        services.AddSingleton<IHostLifetime, ProcessOwnedLifetime>();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = StopTimeout);
    }

    /// <summary>
    /// A builder for a host this process starts for itself (the embedded silo, a cluster client): no default sources,
    /// logs only at <paramref name="logLevel"/> and to stderr (stdout stays clean for --json), and this lifetime.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(LogLevel logLevel)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(logLevel);
        if (logLevel < LogLevel.None)
        {
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        Use(builder.Services);
        return builder;
    }

    /// <summary>Stops and disposes such a host; one that cannot stop within <see cref="StopTimeout"/> is dropped.</summary>
    public static async ValueTask StopAndDisposeAsync(IHost host)
    {
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await host.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Nothing to save (a silo's state is in memory, a client holds none): the process is about to end anyway.
        }
        host.Dispose();
    }
}
