namespace Sihui.ChainSim.Contracts.Tests;

/// <summary>The contracts are what Reports, Analysis and the front ends share; they must not bring Orleans or Redis.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void Contracts_reach_the_model_and_the_scenarios_but_no_Orleans_or_Redis_assembly()
    {
        var contracts = typeof(ISimulationRunner).Assembly;

        var closure = DependencyClosure.Of(contracts);

        Assert.Contains("Sihui.ChainSim.Model", closure);
        Assert.Contains("Sihui.ChainSim.Scenarios", closure);
        Assert.Empty(DependencyClosure.OrleansOrRedis(contracts));
    }
}
