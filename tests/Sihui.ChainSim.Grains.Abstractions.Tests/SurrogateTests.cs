using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Sihui.ChainSim.Grains;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Grains.Abstractions.Tests;

/// <summary>The model stays free of Orleans; its surrogates must carry a result between silos bit for bit.</summary>
public sealed class SurrogateTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(IRunGrain).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public async Task A_result_with_targets_caps_and_timings_crosses_the_wire_unchanged()
    {
        var definition = Scenario(years: 3, trials: 50, seed: 3) with
        {
            Enterprises = [Enterprise("smelter", 100, new NormalDistribution(0.05, 0.05)), Enterprise("kiln", 40, Const(0.02), industry: "jade")],
            Targets =
            [
                new() { Id = "reach", Name = "reach", Metric = "total_output", Year = Y2, Comparison = Comparison.AtLeast, Threshold = 150 },
                new() { Id = "cap", Name = "cap", Metric = "total_output", Year = Y3, Comparison = Comparison.AtMost, Threshold = 160 },
            ],
        };
        var result = await DirectEngine.RunAsync(CompiledScenario.Compile(definition));
        Assert.Contains(result.TimeToTarget, t => t.Event == TimingEvent.FirstBreach);

        var back = Serializer.Deserialize<SimulationResult>(Serializer.SerializeToArray(result));

        Assert.NotNull(back);
        Assert.NotSame(result, back);
        Assert.Equal(ResultFingerprint.Of(result), ResultFingerprint.Of(back));
    }
}
