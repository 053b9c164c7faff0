using MathNet.Numerics.Distributions;
using Sihui.ChainSim.Analysis.Scoring;

namespace Sihui.ChainSim.Analysis.Tests.Scoring;

/// <summary>PIT, coverage and CRPS of forecasts held as percentiles, against hand calculations and calibrated forecasts.</summary>
public sealed class ForecastScoreTests
{
    /// <summary>q_p = 100 p: the percentiles of a uniform forecast on [0, 100].</summary>
    private static readonly ForecastQuantiles Uniform = new(Enumerable.Range(1, 99).Select(i => (double)i).ToArray());

    private static ForecastQuantiles Normal(double mean, double sd) =>
        new(Enumerable.Range(1, 99).Select(i => mean + sd * MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, i / 100.0)).ToArray());

    [Fact]
    public void An_actual_at_a_forecasts_P90_has_PIT_090()
    {
        var random = new Random(15);
        var trials = Enumerable.Range(0, 10_000).Select(_ => 400 + 30 * MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1)).ToArray();
        var forecast = ForecastQuantiles.OfTrials(trials)!;

        Assert.InRange(forecast.Pit(forecast.At(90)), 0.89, 0.91);
        Assert.InRange(forecast.Pit(forecast.At(10)), 0.09, 0.11);
        // Between two percentiles the PIT is linear: a quarter of the way from P90 to P91.
        Assert.Equal(0.9025, forecast.Pit(forecast.At(90) + 0.25 * (forecast.At(91) - forecast.At(90))), 10);
    }

    [Fact]
    public void The_CRPS_matches_a_hand_calculation()
    {
        // Actual 50: Σ_{k=1..49} k(50 − k)/100 on each side = 208.25, so (2/99) · 416.5.
        Assert.Equal(2.0 / 99 * 416.5, Uniform.Crps(50), 10);
        // Actual 0, below every percentile: Σ i(1 − i/100) = 4950 − 3283.5 = 1666.5.
        Assert.Equal(2.0 / 99 * 1666.5, Uniform.Crps(0), 10);
        // The exact CRPS of U(0, 100) is 8.33 at 50 and 33.33 at 0: the percentile sum is close to it.
        Assert.InRange(Uniform.Crps(50), 8.2, 8.5);
        Assert.InRange(Uniform.Crps(0), 33.2, 33.8);
    }

    [Fact]
    public void PIT_in_a_flat_stretch_is_its_middle_and_the_tails_are_the_half_percent()
    {
        var flat = new ForecastQuantiles(Enumerable.Range(1, 99).Select(i => i <= 20 ? 0.0 : i).ToArray());

        Assert.Equal(0.105, flat.Pit(0), 10);
        Assert.Equal(0.005, Uniform.Pit(0.5));
        Assert.Equal(0.995, Uniform.Pit(100));
        Assert.True(Uniform.InsideP10P90(10) && Uniform.InsideP10P90(90) && !Uniform.InsideP10P90(90.5));
        Assert.Equal(25, Uniform.P50ErrorPercent(40));
        Assert.Null(Uniform.P50ErrorPercent(0));
    }

    [Fact]
    public void Decreasing_or_too_few_percentiles_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ForecastQuantiles([1, 2, 3]));
        Assert.Throws<ArgumentException>(() => new ForecastQuantiles(Enumerable.Range(1, 99).Select(i => i == 50 ? 0.0 : i).ToArray()));
        // One ulp below its neighbour is the interpolation's rounding: levelled to the neighbour, not refused.
        var values = Enumerable.Range(1, 99).Select(i => (double)i).ToArray();
        values[50] = Math.BitDecrement(values[49]);
        Assert.Equal(50, new ForecastQuantiles(values).At(51));
    }

    [Theory]
    [InlineData(1.0, true)]
    [InlineData(0.5, false)] // bands half as wide as the truth: coverage falls to about 50%
    public void Calibrated_forecasts_cover_P10_P90_within_the_binomial_interval_and_narrow_ones_do_not(double widthFactor, bool calibrated)
    {
        var random = new Random(2026);
        var rows = new List<ScoreRow>();
        for (var i = 0; i < 500; i++)
        {
            var mean = 100 + 50 * random.NextDouble();
            var sd = 5 + 10 * random.NextDouble();
            var actual = mean + sd * MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1);
            rows.Add(ForecastScorer.Score("total_output", "", 2020 + i, actual, Normal(mean, sd * widthFactor)));
        }

        var summary = ForecastScorer.Summarize(rows);

        // The binomial 95% interval around 80% for n = 500: ±1.96 √(0.8 · 0.2 / 500) = ±0.035.
        var band = 1.96 * Math.Sqrt(0.8 * 0.2 / summary.N);
        Assert.Equal(calibrated, Math.Abs(summary.CoverageP10P90 - 0.8) <= band);
        Assert.Equal(500, summary.PitHistogram.Sum());
        if (calibrated)
        {
            Assert.InRange(summary.MeanPit, 0.46, 0.54);
            Assert.All(summary.PitHistogram, count => Assert.InRange(count, 25, 75));
        }
    }
}
