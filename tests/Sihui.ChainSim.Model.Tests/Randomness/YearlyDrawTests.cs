using MathNet.Numerics.Statistics;
using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Randomness;

/// <summary>x[base+1] = d[base+1], x[t] = μ + ρ (x[t−1] − μ) + sqrt(1 − ρ²) (d[t] − μ): same mean and variance, lag-1 correlation ρ.</summary>
public sealed class YearlyDrawTests
{
    private const ulong Key = 42;
    private const int Trials = 40_000;

    [Fact]
    public void Carry_follows_the_recursion_on_hand_worked_numbers()
    {
        // μ = 0.05, ρ = 0.6, sqrt(1 − 0.36) = 0.8:
        //   0.05 + 0.6 (0.10 − 0.05) + 0.8 (0.00 − 0.05) = 0.04;   0.05 + 0.6 · 0 + 0.8 (0.15 − 0.05) = 0.13.
        double[] draws = [0.00, 0.15];

        YearlyDraw.Carry(draws, [0.10, 0.05], 0.05, 0.6);

        Assert.Equal(0.04, draws[0], 14);
        Assert.Equal(0.13, draws[1], 14);
    }

    [Fact]
    public void Three_years_follow_the_recursion_over_the_fresh_draws()
    {
        var plain = new NormalDistribution(0.05, 0.02);
        var sampler = new Sampler(7);
        var draw = new YearlyDraw(plain with { Persistence = 0.6 }, Key, RandomStream.Growth);
        var x = new double[2];
        double[] previous = [];
        for (var year = Y1; year <= Y3; year++)
        {
            var fresh = new double[2];
            sampler.Fill(fresh, plain, Key, year, RandomStream.Growth);
            draw.Fill(x, sampler, year);
            for (var k = 0; k < 2; k++)
            {
                var expected = year == Y1 ? fresh[k] : 0.05 + 0.6 * (previous[k] - 0.05) + 0.8 * (fresh[k] - 0.05);
                Assert.Equal(expected, x[k], 14);
            }
            previous = [.. x];
        }
    }

    [Fact]
    public void Zero_persistence_gives_the_plain_draws_bit_for_bit()
    {
        var plain = new NormalDistribution(0.05, 0.02);
        var sampler = new Sampler(7);
        var draw = new YearlyDraw(plain with { Persistence = 0 }, Key, RandomStream.Growth);
        for (var year = Y1; year <= Y4; year++)
        {
            var expected = new double[64];
            var actual = new double[64];
            sampler.Fill(expected, plain, Key, year, RandomStream.Growth);
            draw.Fill(actual, sampler, year);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void No_distribution_draws_zeros()
    {
        var values = new[] { 1.0, 2.0 };

        new YearlyDraw(null, Key, RandomStream.MacroShock).Fill(values, new Sampler(7), Y1);

        Assert.Equal([0.0, 0.0], values);
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(0.9)]
    public void Normal_years_keep_their_mean_and_variance_and_correlate_with_rho(double rho) =>
        AssertMomentsAndCorrelation(new NormalDistribution(0.05, 0.02) { Persistence = rho }, mean: 0.05, variance: 0.0004, rho);

    [Fact]
    public void A_uniform_draw_keeps_its_mean_and_variance_too() =>
        AssertMomentsAndCorrelation(new UniformDistribution(-0.03, 0.03) { Persistence = 0.6 }, mean: 0, variance: 0.06 * 0.06 / 12, rho: 0.6);

    [Fact]
    public void A_lognormal_carries_around_its_mean_from_the_models_own_exp()
    {
        var lognormal = new LogNormalDistribution(0.4, 0.3);

        var mean = YearlyDraw.CarryMean(lognormal);

        // The model's exp at μ + σ²/2 = 0.445, bit for bit, and within 2 ulp of Math.Exp's.
        Assert.Equal(PortableMath.Exp(Lane1.Of(0.445)).Value, mean);
        Assert.InRange(mean, Math.Exp(0.445) * (1 - 4.5e-16), Math.Exp(0.445) * (1 + 4.5e-16));
        Assert.Equal(0.05, YearlyDraw.CarryMean(new NormalDistribution(0.05, 0.02)));
    }

    [Fact]
    public void A_persistent_lognormal_keeps_its_mean_and_variance()
    {
        // Mean e^(μ + σ²/2), variance (e^(σ²) − 1) e^(2μ + σ²).
        var (mu, sigma) = (0.0, 0.1);
        var mean = Math.Exp(mu + sigma * sigma / 2);
        var variance = (Math.Exp(sigma * sigma) - 1) * Math.Exp(2 * mu + sigma * sigma);
        var years = Draws(new LogNormalDistribution(mu, sigma) { Persistence = 0.6 }, 4);
        foreach (var x in years)
        {
            Assert.InRange(x.Average(), mean - 4 * Math.Sqrt(variance / Trials), mean + 4 * Math.Sqrt(variance / Trials));
            Assert.InRange(x.Variance(), variance * 0.95, variance * 1.05);
        }
    }

    [Fact]
    public void Years_two_apart_correlate_with_rho_squared()
    {
        var years = Draws(new NormalDistribution(0, 1) { Persistence = 0.6 }, 3);

        Assert.InRange(Correlation.Pearson(years[0], years[2]), 0.36 - 0.02, 0.36 + 0.02);
    }

    private static void AssertMomentsAndCorrelation(Distribution distribution, double mean, double variance, double rho)
    {
        var years = Draws(distribution, 4);
        foreach (var x in years)
        {
            var sampleMean = x.Average();
            var sampleVariance = x.Variance();
            Assert.InRange(sampleMean, mean - 4 * Math.Sqrt(variance / Trials), mean + 4 * Math.Sqrt(variance / Trials));
            // A variance's relative standard error is at most sqrt(2 / n) for these light tails; 5 of them.
            Assert.InRange(sampleVariance, variance * (1 - 5 * Math.Sqrt(2.0 / Trials)), variance * (1 + 5 * Math.Sqrt(2.0 / Trials)));
        }
        for (var t = 1; t < years.Length; t++)
        {
            // The sample correlation's standard error is about (1 − ρ²) / sqrt(n), under 0.005 here.
            Assert.InRange(Correlation.Pearson(years[t - 1], years[t]), rho - 0.02, rho + 0.02);
        }
    }

    private static double[][] Draws(Distribution distribution, int years)
    {
        var sampler = new Sampler(11);
        var draw = new YearlyDraw(distribution, Key, RandomStream.IndustryShock);
        var result = new double[years][];
        for (var n = 0; n < years; n++)
        {
            result[n] = new double[Trials];
            draw.Fill(result[n], sampler, BaseYear + 1 + n);
        }
        return result;
    }
}
