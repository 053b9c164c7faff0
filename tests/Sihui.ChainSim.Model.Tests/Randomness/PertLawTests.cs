using MathNet.Numerics.Distributions;
using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Tests.Randomness;

/// <summary>The PERT draws follow the scaled beta law exactly, across the shapes PERT can take.</summary>
public sealed class PertLawTests
{
    public static TheoryData<double, double, double> Shapes => new()
    {
        // α = β = 3; α = 1.8, β = 4.2; the mode at either end (α or β exactly 1, the other 5); a narrow growth range.
        { 0, 0.5, 1 },
        { 1, 2, 6 },
        { 0, 0, 1 },
        { -1, 2, 2 },
        { -0.042, 0.0422, 0.0844 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Draws_pass_a_Kolmogorov_Smirnov_test_against_the_beta_CDF(double min, double mode, double max)
    {
        const int n = 200_000;
        var values = new double[n];
        new Sampler(99).Fill(values, new PertDistribution(min, mode, max), 5, 2027, RandomStream.Growth);
        Array.Sort(values);
        var range = max - min;
        var alpha = 1 + 4 * (mode - min) / range;
        var beta = 1 + 4 * (max - mode) / range;
        var distance = 0.0;
        for (var i = 0; i < n; i++)
        {
            Assert.InRange(values[i], min, max);
            var cdf = Beta.CDF(alpha, beta, (values[i] - min) / range);
            distance = Math.Max(distance, Math.Max(cdf - (double)i / n, (i + 1.0) / n - cdf));
        }
        // The 0.1% critical value of the one-sample KS statistic is 1.95 / sqrt(n).
        Assert.True(distance < 1.95 / Math.Sqrt(n), $"KS distance {distance:G4} against Beta({alpha}, {beta})");
    }

    [Fact]
    public void A_skewed_PERT_has_the_mean_and_variance_of_its_beta()
    {
        const int n = 400_000;
        var values = new double[n];
        new Sampler(3).Fill(values, new PertDistribution(0, 1, 10), 11, 2030, RandomStream.BuildYears);
        // PERT(0, 1, 10) is 10 Beta(1.4, 4.6): mean 7/3, variance 100 ab / ((a + b)² (a + b + 1)).
        var variance = 100 * 1.4 * 4.6 / (36 * 7.0);
        var mean = values.Average();
        Assert.InRange(mean, 7.0 / 3 - 4 * Math.Sqrt(variance / n), 7.0 / 3 + 4 * Math.Sqrt(variance / n));
        var sampleVariance = values.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        Assert.InRange(sampleVariance, 0.98 * variance, 1.02 * variance);
    }
}
