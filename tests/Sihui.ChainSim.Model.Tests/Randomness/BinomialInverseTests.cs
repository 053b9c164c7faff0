using MathNet.Numerics.Distributions;
using Sihui.ChainSim.Model.Randomness;

namespace Sihui.ChainSim.Model.Tests.Randomness;

/// <summary>Binomial draws by CDF inversion: X is the smallest k with u &lt; F(k).</summary>
public sealed class BinomialInverseTests
{
    private readonly BinomialInverse _binomial = new();

    [Theory]
    [InlineData(0, 0.5, 0.7, 0)]
    [InlineData(40, 0, 0.999, 0)]
    [InlineData(40, 1, 0, 40)]
    [InlineData(40, 1, 0.999, 40)]
    public void Edge_cases_need_no_search(double n, double p, double u, double expected) =>
        Assert.Equal(expected, _binomial.Sample(n, p, u));

    [Theory]
    // n = 2, p = 1/2: F(0) = 0.25, F(1) = 0.75, F(2) = 1.
    [InlineData(2, 0.5, 0.0, 0)]
    [InlineData(2, 0.5, 0.24, 0)]
    [InlineData(2, 0.5, 0.26, 1)]
    [InlineData(2, 0.5, 0.74, 1)]
    [InlineData(2, 0.5, 0.76, 2)]
    // n = 1 is a Bernoulli: 0 while u < 1 − p.
    [InlineData(1, 0.3, 0.69, 0)]
    [InlineData(1, 0.3, 0.71, 1)]
    // n = 3, p = 0.9: F(0) = 0.001, F(1) = 0.028, F(2) = 0.271.
    [InlineData(3, 0.9, 0.0005, 0)]
    [InlineData(3, 0.9, 0.02, 1)]
    [InlineData(3, 0.9, 0.27, 2)]
    [InlineData(3, 0.9, 0.272, 3)]
    public void Hand_worked_cases(double n, double p, double u, double expected) =>
        Assert.Equal(expected, _binomial.Sample(n, p, u));

    [Theory]
    [InlineData(50, 0.3)]
    [InlineData(7, 0.9)]
    [InlineData(1_000, 0.02)]
    [InlineData(400, 0.1)]
    // (1 − p)^n underflows to 0 here, so a search up from k = 0 would fail.
    [InlineData(200_000, 0.4)]
    [InlineData(2_000_000, 0.001)]
    public void Every_draw_is_where_the_cdf_crosses_its_uniform(int n, double p)
    {
        const double slack = 1e-9;
        for (var i = 0; i < 500; i++)
        {
            var u = (i + 0.5) / 500;
            var k = _binomial.Sample(n, p, u);
            Assert.Equal(Math.Floor(k), k);
            Assert.InRange(k, 0, n);
            Assert.True(u < Cdf(p, n, k) + slack, $"u = {u}: F({k}) = {Cdf(p, n, k)} is not above u");
            Assert.True(k == 0 || Cdf(p, n, k - 1) <= u + slack, $"u = {u}: F({k - 1}) = {Cdf(p, n, k - 1)} is already above u");
        }
    }

    // MathNet answers NaN at k = n, where F is 1.
    private static double Cdf(double p, int n, double k) => k >= n ? 1 : Binomial.CDF(p, n, k);

    [Fact]
    public void Stratified_uniforms_give_the_binomial_mean_and_variance()
    {
        // With u on a fine even grid the draws' moments are the law's up to grid error: n p and n p (1 − p).
        const int n = 300;
        const double p = 0.15;
        var draws = Enumerable.Range(0, 100_000).Select(i => _binomial.Sample(n, p, (i + 0.5) / 100_000)).ToArray();
        var mean = draws.Average();
        var variance = draws.Sum(d => (d - mean) * (d - mean)) / draws.Length;
        Assert.Equal(n * p, mean, 2);
        Assert.Equal(n * p * (1 - p), variance, 1);
    }
}
