using Sihui.ChainSim.Grains;

namespace Sihui.ChainSim.Grains.Abstractions.Tests;

/// <summary>The grain interfaces are where Orleans begins: the check that keeps it out of other projects sees it here.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void The_grain_interfaces_reach_Orleans_and_the_model_but_no_Redis()
    {
        var abstractions = typeof(IRunGrain).Assembly;

        var orleans = DependencyClosure.OrleansOrRedis(abstractions);

        Assert.Contains("Orleans.Core.Abstractions", orleans);
        Assert.DoesNotContain(orleans, n => n.Contains("Redis", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Sihui.ChainSim.Model", DependencyClosure.Of(abstractions));
    }
}
