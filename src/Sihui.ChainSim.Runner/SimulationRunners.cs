using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Cluster;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Runner;

/// <summary>
/// Registers the <see cref="ISimulationRunner"/> that configuration describes: <see cref="RunnerOptions"/> (section
/// <c>Runner</c>) and <see cref="ClusterConnectionOptions"/> (section <c>Cluster</c>), bound from the container's
/// <c>IConfiguration</c> and validated once at start. The runner is built on first use, so a bad scenario file found
/// before that costs no silo and no connection; the container disposes it (the silo stops, the client disconnects).
/// </summary>
public static class SimulationRunners
{
    public static IServiceCollection AddChainSimRunner(this IServiceCollection services)
    {
        services.AddOptions<RunnerOptions>().BindConfiguration(RunnerOptions.SectionName).ValidateOnStart();
        services.AddOptions<ClusterConnectionOptions>().BindConfiguration(ClusterConnectionOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RunnerOptions>, RunnerOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterConnectionOptions>, ClusterClientOptionsValidator>());
        services.TryAddSingleton(provider => Create(
            provider.GetRequiredService<IOptions<RunnerOptions>>().Value, provider.GetRequiredService<IOptions<ClusterConnectionOptions>>().Value));
        return services;
    }

    /// <summary>Direct, the embedded silo, or a client of the cluster when <see cref="ClusterConnectionOptions.Enabled"/>.</summary>
    private static ISimulationRunner Create(RunnerOptions options, ClusterConnectionOptions cluster) => options.Engine switch
    {
        EngineKind.Orleans when cluster.Enabled => new ClusterOrleansRunner(cluster),
        EngineKind.Orleans => new EmbeddedOrleansRunner(),
        EngineKind.Direct => new DirectRunner(),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Engine, "unknown engine"),
    };
}
