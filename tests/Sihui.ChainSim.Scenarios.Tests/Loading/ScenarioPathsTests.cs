using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

public sealed class ScenarioPathsTests
{
    private const string Text = """
        scenario: paths
        base_year: 2023
        end_year: 2025
        industries:
          - {id: copper}
        parks:
          - {id: east, land_additions: {2024: 100}}
        enterprises:
          - {id: smelter, industry: copper, park: east, output: 120, growth: {dist: normal, mean: 0.06, sd: 0.03}}
        variants:
          slow:
            description: Slower.
            set: {enterprises.smelter.growth.mean: 0.02}
        """;

    [Fact]
    public void Reads_a_number_from_the_file()
    {
        Assert.Equal(0.06, ScenarioPaths.ReadNumber(Text, "enterprises.smelter.growth.mean"));
        Assert.Equal(100, ScenarioPaths.ReadNumber(Text, "parks.east.land_additions.2024"));
    }

    [Fact]
    public void Reads_after_the_variant_and_then_the_overrides()
    {
        Assert.Equal(0.02, ScenarioPaths.ReadNumber(Text, "enterprises.smelter.growth.mean", new ScenarioLoadOptions { Variant = "slow" }));
        var options = new ScenarioLoadOptions { Variant = "slow", Set = [new OverrideDefinition("enterprises.smelter.growth.mean", "0.09")] };
        Assert.Equal(0.09, ScenarioPaths.ReadNumber(Text, "enterprises.smelter.growth.mean", options));
    }

    [Fact]
    public void Reads_many_numbers_at_once_as_one_at_a_time()
    {
        var options = new ScenarioLoadOptions { Variant = "slow", Set = [new OverrideDefinition("parks.east.land_additions.2024", "70")] };
        string[] paths = ["enterprises.smelter.growth.mean", "parks.east.land_additions.2024", "parks.east", "no.such.path"];

        var together = ScenarioPaths.ReadNumbers(Text, paths, options);

        Assert.Equal(paths.Select(p => ScenarioPaths.ReadNumber(Text, p, options)), together);
        Assert.Equal([0.02, 70, null, null], together);
    }

    [Fact]
    public void A_path_to_nothing_or_to_a_mapping_is_not_a_number()
    {
        Assert.Null(ScenarioPaths.ReadNumber(Text, "enterprises.smelter.capacity"));
        Assert.Null(ScenarioPaths.ReadNumber(Text, "enterprises.smelter.growth"));
        Assert.Equal("{dist: normal, mean: 0.06, sd: 0.03}", ScenarioPaths.ReadYaml(Text, "enterprises.smelter.growth"));
        Assert.Null(ScenarioPaths.ReadYaml(Text, "parks.west"));
    }
}
