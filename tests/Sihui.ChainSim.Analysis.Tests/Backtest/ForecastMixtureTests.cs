using Sihui.ChainSim.Analysis.Backtest;
using Sihui.ChainSim.Analysis.Scoring;

namespace Sihui.ChainSim.Analysis.Tests.Backtest;

/// <summary>Mixing forecasts held as percentiles averages their CDFs, as pooling their trials would.</summary>
public sealed class ForecastMixtureTests
{
    private static ForecastQuantiles Uniform(double low, double high) =>
        new(Enumerable.Range(1, ForecastQuantiles.Count).Select(i => low + (high - low) * i / 100.0).ToList());

    [Fact]
    public void One_forecast_is_its_own_mixture_and_two_equal_ones_give_it_back()
    {
        var u = Uniform(0, 100);

        Assert.Same(u, ForecastMixture.Of([u]));
        var twice = ForecastMixture.Of([u, u]);
        for (var i = 1; i <= ForecastQuantiles.Count; i++)
        {
            Assert.Equal(u.At(i), twice.At(i), 6);
        }
    }

    [Fact]
    public void Two_disjoint_uniforms_mix_into_one_uniform_over_both()
    {
        // U(0, 100) and U(100, 200) pooled are U(0, 200): its P25 is 50, P50 100 and P75 150.
        var mixed = ForecastMixture.Of([Uniform(0, 100), Uniform(100, 200)]);

        Assert.Equal(50, mixed.At(25), 1);
        Assert.Equal(100, mixed.At(50), 1);
        Assert.Equal(150, mixed.At(75), 1);
        Assert.Equal(0.5, ForecastMixture.Cdf(Uniform(0, 100), 50), 9);
    }

    [Fact]
    public void The_mixture_is_wider_than_its_parts_when_they_disagree()
    {
        var a = Uniform(0, 100);
        var b = Uniform(50, 150);
        var mixed = ForecastMixture.Of([a, b]);

        // P10 of the mixture is 20 and P90 130 (a CDF of x / 200 below 50): 110 wide against 80.
        Assert.Equal(110, mixed.At(90) - mixed.At(10), 1);
        Assert.InRange(mixed.At(50), a.At(50), b.At(50));
    }
}
