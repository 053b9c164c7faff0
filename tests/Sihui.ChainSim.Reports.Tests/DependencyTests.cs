namespace Sihui.ChainSim.Reports.Tests;

/// <summary>Reports writes files from a finished run; it must not drag Orleans or Redis into what uses it.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void Reports_reaches_no_Orleans_or_Redis_assembly()
    {
        var reports = typeof(RunReport).Assembly;

        Assert.Contains("Sihui.ChainSim.Contracts", DependencyClosure.Of(reports));
        Assert.Empty(DependencyClosure.OrleansOrRedis(reports));
    }
}
