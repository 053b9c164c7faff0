using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
}
