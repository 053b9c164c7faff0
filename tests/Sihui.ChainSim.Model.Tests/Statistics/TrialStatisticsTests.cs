using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Tests.Statistics;

public sealed class TrialStatisticsTests
{
    private const double Z = 1.959963984540054;

    [Fact]
    public void Summarize_OneToTen_GivesTypeSevenQuantiles()
    {
        // h = 9p: p10 -> 1 + 0.9 = 1.9; p50 -> 5 + 0.5 = 5.5; p90 -> 9 + 0.1 = 9.1.
        var summary = TrialStatistics.Summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        Assert.Equal(5.5, summary.Mean, 12);
        Assert.Equal(1.9, summary.P10, 12);
        Assert.Equal(5.5, summary.P50, 12);
        Assert.Equal(9.1, summary.P90, 12);
    }

    [Fact]
    public void Summarize_SortsItsInput_AndLeavesItAlone()
    {
        double[] values = [10, 3, 7, 1, 5];
        var summary = TrialStatistics.Summarize(values);
        // Sorted 1, 3, 5, 7, 10; h = 4p: p10 -> 1 + 0.4 (3 - 1) = 1.8; p50 -> 5; p90 -> 7 + 0.6 (10 - 7) = 8.8.
        Assert.Equal(1.8, summary.P10, 12);
        Assert.Equal(5, summary.P50, 12);
        Assert.Equal(8.8, summary.P90, 12);
        Assert.Equal(5.2, summary.Mean, 12);
        Assert.Equal([10.0, 3, 7, 1, 5], values);
    }

    [Fact]
    public void Summarize_OneValue_IsThatValueEverywhere()
    {
        Assert.Equal(new MetricSummary(4.5, 4.5, 4.5, 4.5), TrialStatistics.Summarize([4.5]));
    }

    [Fact]
    public void Quantile_AtTheEnds_IsTheMinimumAndMaximum()
    {
        double[] sorted = [2, 4, 8];
        Assert.Equal(2, TrialStatistics.QuantileOfSorted(sorted, 0));
        Assert.Equal(8, TrialStatistics.QuantileOfSorted(sorted, 1));
        // h = 2 * 0.25 = 0.5 -> 2 + 0.5 (4 - 2) = 3.
        Assert.Equal(3, TrialStatistics.QuantileOfSorted(sorted, 0.25), 12);
    }

    [Fact]
    public void Wilson_NoneOfTen()
    {
        // p = 0: centre = half = (z^2 / 2n) / (1 + z^2 / n), so low 0 and high z^2 / (n + z^2) = 0.27753.
        var (low, high) = TrialStatistics.Wilson95(0, 10);
        Assert.Equal(0, low, 12);
        Assert.Equal(Z * Z / (10 + Z * Z), high, 12);
        Assert.Equal(0.2775328, high, 6);
    }

    [Fact]
    public void Wilson_FiveOfTen()
    {
        // p = 0.5: centre 0.5; half = z sqrt(0.025 + z^2 / 400) / (1 + z^2 / 10) = 0.26341.
        var (low, high) = TrialStatistics.Wilson95(5, 10);
        var half = Z * Math.Sqrt(0.025 + Z * Z / 400) / (1 + Z * Z / 10);
        Assert.Equal(0.5 - half, low, 12);
        Assert.Equal(0.5 + half, high, 12);
        Assert.Equal(0.2365931, low, 6);
        Assert.Equal(0.7634069, high, 6);
    }

    [Fact]
    public void Wilson_TenOfTen()
    {
        // p = 1 mirrors p = 0: low n / (n + z^2) = 0.72247, high 1.
        var (low, high) = TrialStatistics.Wilson95(10, 10);
        Assert.Equal(10 / (10 + Z * Z), low, 12);
        Assert.Equal(0.7224672, low, 6);
        Assert.Equal(1, high, 12);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(100)]
    public void Wilson_AtTheBoundaries_IsExactlyZeroAndOne(int trials)
    {
        // With no successes the interval starts at 0, with all successes it ends at 1: exactly, as reports compare them.
        Assert.Equal(0.0, TrialStatistics.Wilson95(0, trials).Low);
        Assert.Equal(1.0, TrialStatistics.Wilson95(trials, trials).High);
    }

    [Fact]
    public void Wilson_NoTrials_IsTheWholeInterval()
    {
        Assert.Equal((0.0, 1.0), TrialStatistics.Wilson95(0, 0));
    }

    [Fact]
    public void ProbabilityEstimate_CarriesTheCountsAndTheInterval()
    {
        var estimate = ProbabilityEstimate.Of(1, 4);
        // 1 of 4: p 0.25, Wilson (0.04559, 0.69936).
        Assert.Equal(0.25, estimate.Probability);
        Assert.Equal(0.0455873, estimate.Low, 6);
        Assert.Equal(0.6993582, estimate.High, 6);
        Assert.Equal((1, 4), (estimate.Successes, estimate.Trials));
    }

    [Fact]
    public void Mean_OfNothing_IsZero()
    {
        Assert.Equal(0, TrialStatistics.Mean([]));
        Assert.Equal(new MetricSummary(0, 0, 0, 0), TrialStatistics.Summarize([]));
    }
}
