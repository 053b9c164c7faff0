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

    /// <summary>An Orleans runner on this silo, sharing its compiled scenarios with it.</summary>
    public OrleansRunner CreateRunner() => new(GrainFactory, shareCompiled: _host.Services.GetRequiredService<CompiledScenarioCache>().Share);

    public static async Task<EmbeddedSilo> StartAsync(LogLevel logLevel = LogLevel.None, CancellationToken cancellationToken = default)
    {
        var builder = ProcessOwnedLifetime.CreateBuilder(logLevel);
        builder.UseOrleans(silo => silo.UseChainSimEmbedded());
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A start cut short (the app is stopping) must not leave a half-started silo behind.
            await ProcessOwnedLifetime.StopAndDisposeAsync(host).ConfigureAwait(false);
            throw;
        }
        return new EmbeddedSilo(host);
    }

    /// <summary>Stops the silo; its state is in memory only, so a stop that takes too long is cut short.</summary>
    public ValueTask DisposeAsync() => ProcessOwnedLifetime.StopAndDisposeAsync(_host);
}
