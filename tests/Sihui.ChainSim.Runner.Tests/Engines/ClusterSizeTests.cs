using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Grains;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Runner.Tests.Support;

namespace Sihui.ChainSim.Runner.Tests.Engines;

/// <summary>Results do not depend on how many silos share the grains, nor on runs going at once.</summary>
public sealed class ClusterSizeTests
{
    [Fact]
    public async Task One_silo_and_three_silos_give_identical_results()
    {
        var request = new RunRequest { ScenarioText = TestScenarios.AllFeatures, FileName = "all-features.yaml" };
        var one = await RunOnClusterAsync(1, request);
        var three = await RunOnClusterAsync(3, request);
        Assert.Equal(ResultFingerprint.Of(one), ResultFingerprint.Of(three));
    }

    [Fact]
    public async Task Concurrent_runs_do_not_mix_their_grains()
    {
        var baseline = new RunRequest { ScenarioText = TestScenarios.AllFeatures, FileName = "a.yaml" };
        var other = baseline with { Seed = 99 };
        await using var cluster = await StartClusterAsync(2);
        var runner = new OrleansRunner(cluster.Client);

        var results = await Task.WhenAll(runner.RunAsync(baseline), runner.RunAsync(other), runner.RunAsync(baseline));

        var direct = await new DirectRunner().RunAsync(baseline);
        Assert.Equal(ResultFingerprint.Of(direct.Result), ResultFingerprint.Of(results[0].Result));
        Assert.Equal(ResultFingerprint.Of(direct.Result), ResultFingerprint.Of(results[2].Result));
        Assert.NotEqual(ResultFingerprint.Of(results[0].Result), ResultFingerprint.Of(results[1].Result));
    }

    private static async Task<Model.Results.SimulationResult> RunOnClusterAsync(int silos, RunRequest request)
    {
        await using var cluster = await StartClusterAsync(silos);
        return (await new OrleansRunner(cluster.Client).RunAsync(request)).Result;
    }

    private static async Task<InProcessTestCluster> StartClusterAsync(int silos)
    {
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) => silo.AddMemoryGrainStorageAsDefault().AddMemoryGrainStorage(GrainStorageNames.Runs).AddChainSimGrains());
        builder.ConfigureClient(client => client.Services.AddChainSimContractsSerializer());
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
