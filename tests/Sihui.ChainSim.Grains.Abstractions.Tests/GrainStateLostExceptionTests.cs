using Sihui.ChainSim.Grains;

namespace Sihui.ChainSim.Grains.Abstractions.Tests;

/// <summary>A grain that came back with fresh state refuses a year it is not at, in words that say why.</summary>
public sealed class GrainStateLostExceptionTests
{
    [Fact]
    public void The_expected_year_passes()
    {
        GrainStateLostException.ThrowIfNotExpected("park run/0", 2025, 2025);
    }

    [Fact]
    public void Another_year_is_refused_naming_the_grain_and_both_years()
    {
        var refused = Assert.Throws<GrainStateLostException>(() => GrainStateLostException.ThrowIfNotExpected("park run/0", 2024, 2026));

        Assert.Equal(
            "park run/0 was asked for year 2026 but holds the state for year 2024; its silo was probably lost",
            refused.Message);
        Assert.True(ClusterFaults.IsClusterFault(refused));
    }
}
