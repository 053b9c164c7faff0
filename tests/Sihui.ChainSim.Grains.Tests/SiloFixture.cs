using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Sihui.ChainSim.Grains.Tests;

/// <summary>One in-process silo with the simulation grains, shared by the grain tests.</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public IClusterClient Client => Cluster.Client;

    /// <summary>The silo's own cache, where a test hands the grains a compiled scenario.</summary>
    public CompiledScenarioCache Scenarios => Cluster.Silos[0].ServiceProvider.GetRequiredService<CompiledScenarioCache>();

    private InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("the silo is not started");

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddMemoryGrainStorageAsDefault().AddMemoryGrainStorage(GrainStorageNames.Runs).AddChainSimGrains());
        builder.ConfigureClient(client => client.Services.AddChainSimContractsSerializer());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<SiloFixture>
{
    public const string Name = "silo";
}
