using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Tests.Nowcast;

/// <summary>Weighted probabilities, means and quantiles on hand-worked weights, and the Wilson interval at the ESS.</summary>
public sealed class WeightedStatisticsTests
{
    [Fact]
    public void A_probability_is_the_weight_of_the_trials_that_meet_over_all_weight()
    {
        var w = TrialWeights.FromLogWeights([0, Math.Log(2), double.NegativeInfinity, Math.Log(0.5)])!; // 0.5, 1, 0, 0.25

        var p = WeightedStatistics.Probability(w, [true, false, true, true]);

        Assert.Equal(0.75 / 1.75, p.Probability, 12);
        Assert.Equal(w.Ess, p.Ess);
        Assert.Equal(TrialStatistics.Wilson95(0.75 / 1.75, w.Ess), (p.Low, p.High));
    }

    [Fact]
    public void With_equal_weights_the_interval_is_the_plain_runs()
    {
        var p = WeightedStatistics.Probability(TrialWeights.Uniform(10), [true, true, true, false, false, false, false, false, false, false]);

        Assert.Equal(0.3, p.Probability, 15);
        Assert.Equal(TrialStatistics.Wilson95(3, 10), (p.Low, p.High));
    }

    [Fact]
    public void The_wilson_interval_narrows_with_the_ess_and_pins_0_and_1()
    {
        var (low100, high100) = TrialStatistics.Wilson95(0.4, 100.0);
        var (low, high) = TrialStatistics.Wilson95(0.4, 2.5);

        // Hand-worked: n = 100, p = 0.4 gives [0.3094, 0.4980].
        Assert.Equal((0.3094, 0.4980), (Math.Round(low100, 4), Math.Round(high100, 4)));
        Assert.True(low < low100 && high > high100);
        Assert.Equal(0, TrialStatistics.Wilson95(0.0, 2.5).Low);
        Assert.Equal(1, TrialStatistics.Wilson95(1.0, 2.5).High);
    }

    [Fact]
    public void A_quantile_is_the_smallest_value_whose_cumulative_weight_reaches_p()
    {
        // Sorted with weight: 1 (1), 3 (1), 4 (2); the 2 has weight 0. Total 4.
        double[] values = [3, 1, 2, 4];
        double[] weights = [1, 1, 0, 2];

        Assert.Equal(1, WeightedStatistics.Quantile(values, weights, 0));
        Assert.Equal(1, WeightedStatistics.Quantile(values, weights, 0.25));
        Assert.Equal(3, WeightedStatistics.Quantile(values, weights, 0.26));
        Assert.Equal(3, WeightedStatistics.Quantile(values, weights, 0.5));
        Assert.Equal(4, WeightedStatistics.Quantile(values, weights, 0.51));
        Assert.Equal(4, WeightedStatistics.Quantile(values, weights, 1));
        Assert.Equal(3, WeightedStatistics.Mean(values, weights));
    }

    [Fact]
    public void With_equal_weights_a_quantile_is_the_inverse_of_the_empirical_distribution()
    {
        var values = Enumerable.Range(1, 10).Select(v => (double)v).Reverse().ToArray();
        var weights = Enumerable.Repeat(0.25, 10).ToArray();

        var summary = WeightedStatistics.Summarize(values, weights);

        Assert.Equal(new MetricSummary(5.5, 1, 5, 9), summary);
    }

    [Fact]
    public void A_quantile_at_p_1_is_reached_despite_rounding()
    {
        var weights = Enumerable.Repeat(0.1, 1000).ToArray();
        var values = Enumerable.Range(0, 1000).Select(v => (double)v).ToArray();

        Assert.Equal(999, WeightedStatistics.Quantile(values, weights, 1));
    }

    [Fact]
    public void The_percentiles_are_each_p_s_quantile_and_hold_the_summary_s_p10_p50_p90_bits()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 500).Select(_ => random.NextDouble() * 100).ToArray();
        var weights = Enumerable.Range(0, 500).Select(k => k % 7 == 0 ? 0 : random.NextDouble()).ToArray();

        var (summary, percentiles) = WeightedStatistics.Summarize(values, weights, withPercentiles: true);

        Assert.Equal(TrialStatistics.PercentileCount, percentiles!.Length);
        for (var i = 1; i <= TrialStatistics.PercentileCount; i++)
        {
            Assert.Equal(WeightedStatistics.Quantile(values, weights, i / 100.0), percentiles[i - 1]);
        }
        Assert.Equal(WeightedStatistics.Summarize(values, weights), summary);
        Assert.Equal((summary.P10, summary.P50, summary.P90), (percentiles[9], percentiles[49], percentiles[89]));
        Assert.Null(WeightedStatistics.Summarize(values, weights, withPercentiles: false).Percentiles);
    }
}
