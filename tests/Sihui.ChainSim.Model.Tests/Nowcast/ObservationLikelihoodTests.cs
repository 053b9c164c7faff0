using Sihui.ChainSim.Model.Nowcast;

namespace Sihui.ChainSim.Model.Tests.Nowcast;

/// <summary>The two likelihoods on hand-worked numbers, and their edges: shares of 0 and 1, counts below the observed, annual values of 0.</summary>
public sealed class ObservationLikelihoodTests
{
    private static readonly double LogRootTwoPi = 0.5 * Math.Log(2 * Math.PI);

    [Fact]
    public void Money_is_the_normal_density_of_the_share_scaled_by_the_annual_value()
    {
        // Y = 56 through June, s = 0.5, σ = 0.02, X = 110: z = (56 − 55) / 2.2.
        var z = 1 / 2.2;

        var log = ObservationLikelihood.LogMoney(56, 0.5, 0.02, 110);

        Assert.Equal(-(z * z / 2) - LogRootTwoPi - Math.Log(2.2), log, 12);
        Assert.Equal(0.16354, Math.Exp(log), 5); // φ(0.4545) = 0.35979, over 2.2
    }

    [Fact]
    public void Money_far_in_the_tail_stays_finite_in_logs()
    {
        // z = 500: the density itself underflows to 0, its log does not.
        var log = ObservationLikelihood.LogMoney(55 + (500 * 2.2), 0.5, 0.02, 110);

        Assert.Equal(0, Math.Exp(log));
        Assert.Equal(-(500.0 * 500 / 2) - LogRootTwoPi - Math.Log(2.2), log, 6);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_trial_without_a_positive_annual_value_explains_no_money_figure(double annual) =>
        Assert.Equal(double.NegativeInfinity, ObservationLikelihood.LogMoney(56, 0.5, 0.02, annual));

    [Fact]
    public void Money_without_an_uncertain_share_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ObservationLikelihood.LogMoney(56, 0.5, 0, 110));

    [Fact]
    public void A_count_is_binomial_thinning_of_the_annual_count()
    {
        // C(10, 8) · 0.5^8 · 0.5^2 = 45 / 1024; C(12, 3) · 0.25^3 · 0.75^9 = 220 · 0.25^3 · 0.75^9.
        Assert.Equal(Math.Log(45.0 / 1024), ObservationLikelihood.LogCount(8, 0.5, 10), 12);
        Assert.Equal(Math.Log(220 * Math.Pow(0.25, 3) * Math.Pow(0.75, 9)), ObservationLikelihood.LogCount(3, 0.25, 12), 12);
        Assert.Equal(Math.Log(Math.Pow(0.25, 3)), ObservationLikelihood.LogCount(3, 0.25, 3), 12);
    }

    [Theory]
    [InlineData(8, 0.5, 7.0, double.NegativeInfinity)] // fewer in the year than observed so far
    [InlineData(0, 0.0, 5.0, 0.0)] // nothing is published before the year's first share
    [InlineData(1, 0.0, 5.0, double.NegativeInfinity)]
    [InlineData(5, 1.0, 5.0, 0.0)] // December: the year's count itself
    [InlineData(4, 1.0, 5.0, double.NegativeInfinity)]
    [InlineData(6, 1.0, 5.0, double.NegativeInfinity)]
    [InlineData(0, 0.5, 0.0, 0.0)]
    [InlineData(0, 0.5, -3.0, 0.0)]
    public void Count_edges_are_exact(int observed, double share, double annual, double expected) =>
        Assert.Equal(expected, ObservationLikelihood.LogCount(observed, share, annual));

    [Fact]
    public void A_non_whole_annual_count_counts_its_whole_units() =>
        Assert.Equal(ObservationLikelihood.LogCount(3, 0.25, 12), ObservationLikelihood.LogCount(3, 0.25, 12.9));

    [Fact]
    public void A_growth_row_becomes_a_level_on_the_year_before()
    {
        // Last year's 900 · share 0.5 · 1.057 = 475.65 through June.
        var row = Rows.Growth(0.057);

        Assert.Equal(900 * 0.5 * 1.057, row.Level(900), 12);
        Assert.Equal(ObservationLikelihood.LogMoney(900 * 0.5 * 1.057, 0.5, 0.02, 950), row.LogWeight(950, 900));
        Assert.True(row.NeedsPreviousYear);
        Assert.False(Rows.Money(56).NeedsPreviousYear);
        Assert.Equal(56, Rows.Money(56).Level(double.NaN));
    }
}
