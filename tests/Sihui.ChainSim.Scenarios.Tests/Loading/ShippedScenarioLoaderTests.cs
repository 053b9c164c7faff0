using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Tests.Schema;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>The loader accepts every shipped scenario file, with each of its variants.</summary>
public sealed class ShippedScenarioLoaderTests
{
    public static TheoryData<string> Files => ShippedScenarioFiles.All();

    [Theory]
    [MemberData(nameof(Files))]
    public void Shipped_scenario_loads(string relativePath)
    {
        var scenario = ScenarioLoader.LoadFile(ShippedScenarioFiles.FullPath(relativePath));

        Assert.Null(scenario.AppliedVariant);
        Assert.NotEmpty(scenario.Targets);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_variant_of_a_shipped_scenario_loads(string relativePath)
    {
        var path = ShippedScenarioFiles.FullPath(relativePath);
        var baseline = ScenarioLoader.LoadFile(path);

        foreach (var variant in baseline.Variants)
        {
            var scenario = ScenarioLoader.LoadFile(path, new ScenarioLoadOptions { Variant = variant.Name });
            Assert.Equal(variant.Name, scenario.AppliedVariant);
        }
    }
}
