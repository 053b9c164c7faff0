using Sihui.ChainSim.Grains;

namespace Sihui.ChainSim.Grains.Abstractions.Tests;

/// <summary>Keys scope grains by run; a grain finds its run and its place in the scenario from its key alone.</summary>
public sealed class GrainKeysTests
{
    [Theory]
    [InlineData("3f2a9c", 0)]
    [InlineData("3f2a9c", 41)]
    [InlineData("web/page/7", 12)]
    public void A_key_parses_back_to_its_run_and_index(string runId, int index)
    {
        Assert.Equal((runId, index), GrainKeys.Parse(GrainKeys.Park(runId, index)));
        Assert.Equal((runId, index), GrainKeys.Parse(GrainKeys.Enterprise(runId, index)));
    }

    [Fact]
    public void Two_runs_never_share_a_key()
    {
        Assert.NotEqual(GrainKeys.Park("run-a", 1), GrainKeys.Park("run-b", 1));
        Assert.NotEqual(GrainKeys.Enterprise("run", 1), GrainKeys.Enterprise("run", 11));
    }
}
