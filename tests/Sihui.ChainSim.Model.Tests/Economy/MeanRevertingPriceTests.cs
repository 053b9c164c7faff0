using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Scenarios.Definitions;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Economy;

/// <summary>
/// The price index with mean reversion κ: log P[t] is normal with mean drift·n − V[t]/2 and variance
/// V[t] = volatility² Σ_{j&lt;n} (1 − κ)^(2j), so E[P[t]] = exp(drift·n) for every κ.
/// </summary>
public sealed class MeanRevertingPriceTests
{
    private const int Trials = 20_000;
    private const double Drift = 0.03;
    private const double Volatility = 0.2;

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    public void Log_price_has_the_closed_form_variance_and_the_price_keeps_its_mean(double kappa)
    {
        var economy = Economy(kappa);
        for (var n = 1; n <= 5; n++)
        {
            var prices = economy.Advance(BaseYear + n).PriceIndex[0];
            var variance = ClosedFormVariance(kappa, n);

            var logs = prices.Select(p => Math.Log(p)).ToArray();
            var logMean = logs.Average();
            var logVariance = logs.Sum(x => (x - logMean) * (x - logMean)) / (Trials - 1);
            // Standard errors of a normal sample's mean and variance.
            Assert.InRange(logMean, Drift * n - variance / 2 - 4 * Math.Sqrt(variance / Trials), Drift * n - variance / 2 + 4 * Math.Sqrt(variance / Trials));
            Assert.InRange(logVariance, variance * (1 - 4 * Math.Sqrt(2.0 / Trials)), variance * (1 + 4 * Math.Sqrt(2.0 / Trials)));

            var (mean, error) = MeanAndError(prices);
            Assert.InRange(mean, Math.Exp(Drift * n) - 4 * error, Math.Exp(Drift * n) + 4 * error);
        }
    }

    [Fact]
    public void Median_and_P10_after_three_years_at_half_reversion_match_the_closed_form()
    {
        // V[3] = 0.2² (1 + 0.25 + 0.0625) = 0.0525; median = exp(3·drift − V/2), P10 = exp(3·drift − V/2 − 1.2816 √V).
        var economy = Economy(0.5);
        economy.Advance(Y1);
        economy.Advance(Y2);
        var prices = economy.Advance(Y3).PriceIndex[0].Order().ToArray();
        var variance = ClosedFormVariance(0.5, 3);
        Assert.Equal(0.0525, variance, 12);

        var median = Math.Exp(3 * Drift - variance / 2);
        var p10 = Math.Exp(3 * Drift - variance / 2 - 1.2815515655446004 * Math.Sqrt(variance));
        // A sample quantile's sd is √(p(1−p)/n) / density; 4 of them on the log scale is under 0.01 here.
        Assert.Equal(Math.Log(median), Math.Log(prices[Trials / 2]), 0.01);
        Assert.Equal(Math.Log(p10), Math.Log(prices[Trials / 10]), 0.012);
    }

    [Fact]
    public void Mean_reversion_bounds_the_spread_where_a_random_walk_widens_it()
    {
        var walk = Spread(Economy(0), years: 8);
        var reverting = Spread(Economy(0.5), years: 8);

        // Closed forms after 8 years: 0.2·√8 ≈ 0.566 against 0.2·√(Σ 0.25^j) ≈ 0.231.
        Assert.InRange(walk, 0.54, 0.59);
        Assert.InRange(reverting, 0.22, 0.24);
    }

    [Fact]
    public void Full_reversion_makes_years_independent_and_a_random_walk_keeps_them_linked()
    {
        static double Correlation(EconomyState economy)
        {
            var first = economy.Advance(Y1).PriceIndex[0].Select(p => Math.Log(p)).ToArray();
            var second = economy.Advance(Y2).PriceIndex[0].Select(p => Math.Log(p)).ToArray();
            return MathNet.Numerics.Statistics.Correlation.Pearson(first, second);
        }

        // Random walk: corr(u1, u1 + e2) = 1/√2; κ = 1: u2 is a fresh draw.
        Assert.InRange(Correlation(Economy(0)), 0.69, 0.725);
        Assert.InRange(Correlation(Economy(1)), -0.03, 0.03);
    }

    private static EconomyState Economy(double kappa)
    {
        var definition = Scenario(years: 8, trials: Trials) with
        {
            Industries = [Industry("copper", price: new PriceDefinition(Drift, Volatility, kappa))],
        };
        return new EconomyState(CompiledScenario.Compile(definition));
    }

    private static double ClosedFormVariance(double kappa, int years) =>
        Volatility * Volatility * Enumerable.Range(0, years).Sum(j => Math.Pow(1 - kappa, 2 * j));

    private static double Spread(EconomyState economy, int years)
    {
        double[] prices = [];
        for (var n = 1; n <= years; n++)
        {
            prices = economy.Advance(BaseYear + n).PriceIndex[0];
        }
        var logs = prices.Select(p => Math.Log(p)).ToArray();
        var mean = logs.Average();
        return Math.Sqrt(logs.Sum(x => (x - mean) * (x - mean)) / (logs.Length - 1));
    }
}
