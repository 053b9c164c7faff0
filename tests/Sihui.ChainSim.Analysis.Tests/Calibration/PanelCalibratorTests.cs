using Sihui.ChainSim.Analysis.Calibration;

namespace Sihui.ChainSim.Analysis.Tests.Calibration;

/// <summary>The panel fit on hand-sized cases: fallbacks, a single industry, deflation and indicator changes.</summary>
public sealed class PanelCalibratorTests
{
    private static FirmSeries Firm(string id, string industry, params double[] growth) =>
        new(id, industry, growth.Select((g, i) => (Year: 2020 + i, g)).ToDictionary(p => p.Year, p => p.g));

    [Fact]
    public void A_firm_with_fewer_than_three_observations_takes_its_industry_fit_and_says_so()
    {
        var fit = PanelCalibrator.Fit([
            Firm("a", "copper", 0.05, 0.07, 0.06, 0.08),
            Firm("b", "copper", 0.03, 0.05, 0.04, 0.02),
            Firm("short", "copper", 0.5, 0.6),
            Firm("lonely", "jade", 0.1),
        ]);

        var shortFit = fit.Firms.Single(f => f.Id == "short");
        var copper = fit.Industries.Single();
        Assert.True(shortFit.FellBack);
        Assert.Equal(copper.Mean, shortFit.PooledMean);
        Assert.Equal(copper.WithinSd, shortFit.Sd);
        Assert.DoesNotContain(fit.Firms, f => f.Id == "lonely");
        Assert.Contains(fit.Notes, n => n.StartsWith("short: 2 growth observations, fewer than 3", StringComparison.Ordinal));
        Assert.Contains(fit.Notes, n => n.StartsWith("lonely: 1 growth observation and no fitted firm in jade", StringComparison.Ordinal));
        Assert.Equal(["a", "b", "short"], fit.Firms.Select(f => f.Id));
    }

    [Fact]
    public void A_fallback_to_an_industry_of_one_fitted_firm_has_a_finite_standard_error()
    {
        var fit = PanelCalibrator.Fit([Firm("fuji", "electronics", 0.36, 0.62, 0.16, 0.08), Firm("new", "electronics", 0.1)]);

        var fallback = fit.Firms.Single(f => f.Id == "new");
        var industry = fit.Industries.Single();
        Assert.True(double.IsNaN(industry.Tau));
        Assert.Equal(Math.Sqrt(industry.MeanError * industry.MeanError + industry.WithinSd * industry.WithinSd), fallback.MeanError, 12);
        Assert.Contains(fit.Notes, n => n.StartsWith("electronics: one firm with enough history", StringComparison.Ordinal));
    }

    [Fact]
    public void With_one_industry_the_macro_shock_is_not_fitted_and_that_is_said()
    {
        var fit = PanelCalibrator.Fit([Firm("a", "copper", 0.05, 0.07, 0.06, 0.08), Firm("b", "copper", 0.03, 0.05, 0.04, 0.02)]);

        Assert.False(fit.MacroIdentified);
        Assert.Contains(fit.Notes, n => n.Contains("two industries", StringComparison.Ordinal));
        Assert.True(fit.Industries.Single().ShockFitted);
    }

    [Fact]
    public void Two_firms_moving_together_have_their_common_move_as_the_shock_and_no_noise()
    {
        // b = a − 0.02 every year: everything that varies is the year effect, so σ = 0 and the shock sd is a's sd.
        double[] a = [0.05, 0.09, 0.01, 0.07];
        var fit = PanelCalibrator.Fit([Firm("a", "copper", a), Firm("b", "copper", a.Select(g => g - 0.02).ToArray())]);

        var copper = fit.Industries.Single();
        var expected = Math.Sqrt(a.Select(g => Math.Pow(g - a.Average(), 2)).Sum() / 3);
        Assert.Equal(0, copper.WithinSd, 12);
        Assert.Equal(expected, copper.ShockSd, 12);
        Assert.Equal(0.045, copper.Mean, 12);
        // τ² = var of the means (0.0002) less nothing: the means stay apart, B = 0.
        Assert.Equal(0.055, fit.Firms[0].PooledMean, 12);
    }

    [Fact]
    public void Shrinkage_follows_the_normal_normal_weight()
    {
        // Four firms whose noise is large against the spread of their means are pulled most of the way in.
        var fit = PanelCalibrator.Fit([
            Firm("a", "k", 0.10, -0.05, 0.12, 0.01), Firm("b", "k", 0.02, 0.15, -0.04, 0.09),
            Firm("c", "k", -0.02, 0.06, 0.11, 0.03), Firm("d", "k", 0.08, 0.00, 0.05, 0.13),
        ]);
        var k = fit.Industries.Single();
        var sampling = k.WithinSd * k.WithinSd / 4;
        var b = sampling / (sampling + k.Tau * k.Tau);
        foreach (var firm in fit.Firms)
        {
            Assert.Equal(b, firm.Shrinkage, 12);
            Assert.Equal(k.Mean + (1 - b) * (firm.RawMean - k.Mean), firm.PooledMean, 12);
        }
    }

    [Fact]
    public void Real_growth_is_deflated_where_both_prices_are_given_and_the_rest_is_listed()
    {
        var growth = RealGrowth.From(
            new Dictionary<int, double> { [2019] = 100, [2020] = 110, [2021] = 121, [2023] = 130 },
            new Dictionary<int, double> { [2019] = 1.0, [2020] = 1.1 },
            out var undeflated);

        Assert.Equal([2020, 2021], growth.Keys);
        Assert.Equal(0, growth[2020], 12);
        Assert.Equal(0.1, growth[2021], 12);
        Assert.Equal([2021], undeflated);
    }

    [Fact]
    public void Indicator_changes_give_their_mean_and_sd_and_too_few_give_none()
    {
        var fit = ChangeFit.Of(new Dictionary<int, double> { [2020] = 100, [2021] = 110, [2022] = 115, [2023] = 135 })!;

        Assert.Equal((3, 35.0 / 3), (fit.N, fit.Mean));
        Assert.Equal(Math.Sqrt(((10 - 35.0 / 3) * (10 - 35.0 / 3) + (5 - 35.0 / 3) * (5 - 35.0 / 3) + (20 - 35.0 / 3) * (20 - 35.0 / 3)) / 2), fit.Sd, 12);
        Assert.Null(ChangeFit.Of(new Dictionary<int, double> { [2020] = 1, [2021] = 2, [2023] = 3 }));
    }

    [Fact]
    public void Years_print_as_spans()
    {
        Assert.Equal("2013–2023", YearSpans.Of([2015, 2013, 2014, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]));
        Assert.Equal("2013, 2015–2016", YearSpans.Of([2013, 2015, 2016]));
    }
}
