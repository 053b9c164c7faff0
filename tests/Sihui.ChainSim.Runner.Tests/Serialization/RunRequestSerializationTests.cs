using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Grains;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Runner.Tests.Support;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Saved;

namespace Sihui.ChainSim.Runner.Tests.Serialization;

/// <summary>The run request crosses grain calls as JSON, whole: text, saved variants, variant, overrides, trials, seed, until.</summary>
public sealed class RunRequestSerializationTests
{
    private const string Sidecar = """
        variants:
          faster:
            description: "saved from the page"
            set:
              "enterprises.bigcopper.growth.mean": 0.12
        """;

    private static readonly RunRequest Request = new()
    {
        ScenarioText = TestScenarios.AllFeatures,
        FileName = "all-features.yaml",
        LoadOptions = new()
        {
            Variant = "faster",
            Set = [new OverrideDefinition("economy.shock.sd", "0.03"), new OverrideDefinition("parks.hitech.land_mu", "320")],
            SavedVariants = new SavedVariantsText(Sidecar, "all-features.variants.yaml"),
        },
        Trials = 40,
        Seed = 11,
        Until = 2026,
    };

    [Fact]
    public void The_orleans_serializer_round_trips_every_field()
    {
        using var services = new ServiceCollection().AddChainSimContractsSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();

        var copy = serializer.Deserialize<RunRequest>(serializer.SerializeToArray(Request))!;

        Assert.Equal(Request.ScenarioText, copy.ScenarioText);
        Assert.Equal(Request.FileName, copy.FileName);
        Assert.Equal("faster", copy.LoadOptions.Variant);
        Assert.Equal(Request.LoadOptions.Set, copy.LoadOptions.Set);
        Assert.Equal(Request.LoadOptions.SavedVariants, copy.LoadOptions.SavedVariants);
        Assert.Equal((40, 11UL, 2026), (copy.Trials!.Value, copy.Seed!.Value, copy.Until!.Value));
    }

    [Fact]
    public async Task Silos_compile_the_request_they_are_sent_into_the_same_scenario()
    {
        // Two silos: park grains on the second fetch the request from the run grain over the wire.
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo.AddMemoryGrainStorageAsDefault().AddMemoryGrainStorage(GrainStorageNames.Runs).AddChainSimGrains());
        builder.ConfigureClient(client => client.Services.AddChainSimContractsSerializer());
        await using var cluster = builder.Build();
        await cluster.DeployAsync();

        var onSilos = await new OrleansRunner(cluster.Client).RunAsync(Request);
        var here = await new DirectRunner().RunAsync(Request);

        Assert.Equal("faster", onSilos.Scenario.Definition.AppliedVariant);
        Assert.Equal(ResultFingerprint.Of(here.Result), ResultFingerprint.Of(onSilos.Result));
    }
}
