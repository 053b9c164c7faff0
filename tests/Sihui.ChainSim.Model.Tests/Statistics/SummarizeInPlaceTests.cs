using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Tests.Statistics;

/// <summary>Summarising in the values' own buffer gives the copying summary's bits.</summary>
public sealed class SummarizeInPlaceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1_000)]
    [InlineData(4_099)]
    public void In_place_equals_the_copying_summary(int n)
    {
        var random = new Random(n);
        var values = Enumerable.Range(0, n).Select(_ => random.Next(4) == 0 ? 0 : Math.Exp(random.NextDouble() * 3)).ToArray();
        var expected = TrialStatistics.Summarize(values);

        var buffer = values.ToArray();
        Assert.Equal(expected, TrialStatistics.SummarizeInPlace(buffer));
        Assert.Equal(values.Order(), buffer.Order());
    }

    [Fact]
    public void A_nan_takes_the_sorting_rule_as_the_copying_summary_does()
    {
        double[] values = [3, double.NaN, 1, 2];
        Assert.Equal(TrialStatistics.Summarize(values), TrialStatistics.SummarizeInPlace(values.ToArray()));
    }
}
