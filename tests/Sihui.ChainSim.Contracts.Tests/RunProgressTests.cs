namespace Sihui.ChainSim.Contracts.Tests;

/// <summary>Progress is a value: reports that say the same thing are equal, so a display can skip repeats.</summary>
public sealed class RunProgressTests
{
    [Fact]
    public void Progress_with_the_same_years_is_equal_and_other_years_are_not()
    {
        Assert.Equal(new RunProgress(2, 5), new RunProgress(2, 5));
        Assert.NotEqual(new RunProgress(2, 5), new RunProgress(3, 5));
        Assert.NotEqual(new RunProgress(2, 5), new RunProgress(2, 6));
    }
}
