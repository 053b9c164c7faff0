using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.TestSupport;

namespace Sihui.ChainSim.Analysis.Tests;

/// <summary>The analyses run on any runner they are given; they must not bring Orleans or Redis themselves.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void Analysis_reaches_the_reports_and_the_contracts_but_no_Orleans_or_Redis_assembly()
    {
        var analysis = typeof(Comparer).Assembly;

        var closure = DependencyClosure.Of(analysis);

        Assert.Contains("Sihui.ChainSim.Reports", closure);
        Assert.Contains("Sihui.ChainSim.Contracts", closure);
        Assert.Empty(DependencyClosure.OrleansOrRedis(analysis));
    }
}
