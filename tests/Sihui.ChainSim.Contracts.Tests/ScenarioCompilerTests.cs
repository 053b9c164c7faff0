using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Contracts.Tests;

/// <summary>Loads of equal requests share one definition; any difference in what is loaded gives a definition of its own.</summary>
public sealed class ScenarioCompilerTests
{
    private static RunRequest Sihui(params OverrideDefinition[] set) => new()
    {
        ScenarioText = File.ReadAllText(RepositoryPaths.SihuiScenario),
        FileName = "sihui-2024.yaml",
        LoadOptions = new ScenarioLoadOptions { Set = set },
    };

    [Fact]
    public void Equal_requests_share_a_definition_and_other_overrides_do_not()
    {
        var first = ScenarioCompiler.Load(Sihui(new OverrideDefinition("trials", "123")));

        Assert.Same(first, ScenarioCompiler.Load(Sihui(new OverrideDefinition("trials", "123"))));
        var other = ScenarioCompiler.Load(Sihui(new OverrideDefinition("trials", "124")));
        Assert.NotSame(first, other);
        Assert.Equal((123, 124), (first.Trials, other.Trials));
        Assert.Equal(123, ScenarioCompiler.Load(Sihui(new OverrideDefinition("trials", "123"))).Trials);
        Assert.NotSame(first, ScenarioCompiler.Load(Sihui(new OverrideDefinition("trials", "123")) with { FileName = "other.yaml" }));
        Assert.NotSame(first, ScenarioCompiler.Load(Sihui(new OverrideDefinition("trials", "123"), new OverrideDefinition("trials", "123"))));
    }

    [Fact]
    public void A_request_that_does_not_load_fails_every_time()
    {
        var bad = Sihui(new OverrideDefinition("trials", "0"));

        var first = Assert.Throws<ScenarioValidationException>(() => ScenarioCompiler.Load(bad));
        var again = Assert.Throws<ScenarioValidationException>(() => ScenarioCompiler.Load(bad));

        Assert.Equal(first.Errors, again.Errors);
    }
}
