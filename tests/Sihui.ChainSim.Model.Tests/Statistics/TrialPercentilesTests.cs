using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Tests.Statistics;

/// <summary>The 99 percentiles for quantiles.csv come from the summary's own sort and rule.</summary>
public sealed class TrialPercentilesTests
{
    private static double[] Draws(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => Math.Exp(random.NextDouble() * 3) - 2).ToArray();
    }

    [Fact]
    public void The_10th_50th_and_90th_percentiles_are_the_summary_s_bits_and_none_falls()
    {
        var values = Draws(257, 3);

        var (summary, percentiles) = TrialStatistics.Summarize(values, withPercentiles: true);

        Assert.Equal(TrialStatistics.Summarize(values), summary);
        Assert.Equal(99, percentiles!.Length);
        Assert.Equal((summary.P10, summary.P50, summary.P90), (percentiles[9], percentiles[49], percentiles[89]));
        Assert.All(Enumerable.Range(1, 98), i => Assert.True(percentiles[i] >= percentiles[i - 1]));
        // Type 7 on 1..101: h = 100 p, so the i-th percentile is 1 + i.
        var ranks = TrialStatistics.Summarize(Enumerable.Range(1, 101).Select(i => (double)i).ToArray(), true).Percentiles!;
        Assert.All(Enumerable.Range(1, 99), i => Assert.Equal(1.0 + i, ranks[i - 1], 12));
    }

    [Fact]
    public void A_rate_s_percentiles_drop_the_undefined_trials_as_its_summary_does()
    {
        double[] values = [double.NaN, 4, 1, double.NaN, 3, 2, 5];

        var (summary, percentiles) = TrialStatistics.SummarizeDefined(values, withPercentiles: true);

        Assert.Equal(TrialStatistics.Summarize([1, 2, 3, 4, 5], withPercentiles: true).Percentiles, percentiles);
        Assert.Equal(3, summary.P50);
        Assert.Equal((1.04, 4.96), (percentiles![0], percentiles[98]), (a, b) => Math.Abs(a.Item1 - b.Item1) < 1e-12 && Math.Abs(a.Item2 - b.Item2) < 1e-12);
        Assert.Null(TrialStatistics.SummarizeDefined([double.NaN, double.NaN], withPercentiles: true).Percentiles);
        Assert.Null(TrialStatistics.Summarize(values.Where(v => !double.IsNaN(v)).ToArray(), withPercentiles: false).Percentiles);
    }
}
