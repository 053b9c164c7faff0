using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sihui.ChainSim.Grains;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>
/// The embedded default: an Orleans silo inside this process, with localhost clustering on a free port,
/// no gateway and in-memory storage (a run's outcome cannot outlive this process anyway). The user needs nothing else installed.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host) => _host = host;

    public IGrainFactory GrainFactory => _host.Services.GetRequiredService<IGrainFactory>();

    public OrleansRunner CreateRunner() => CreateRunner(_host.Services);

    /// <summary>An Orleans runner on the silo of <paramref name="services"/>, sharing its compiled scenarios with that silo.</summary>
    public static OrleansRunner CreateRunner(IServiceProvider services) => new(
        services.GetRequiredService<IGrainFactory>(),
        shareCompiled: services.GetRequiredService<CompiledScenarioCache>().Share);

    public static async Task<EmbeddedSilo> StartAsync(LogLevel logLevel = LogLevel.None, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(logLevel);
        if (logLevel < LogLevel.None)
        {
            // Logs go to stderr, so stdout stays clean for --json.
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        ProcessOwnedLifetime.Use(builder.Services);
        builder.UseOrleans(silo => silo.UseChainSimEmbedded());
        var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return new EmbeddedSilo(host);
    }

    /// <summary>Stops the silo; its state is in memory only, so a stop that takes too long is cut short.</summary>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(ProcessOwnedLifetime.StopTimeout);
        try
        {
            await _host.StopAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Nothing to save: the process is about to end anyway.
        }
        _host.Dispose();
    }
}
