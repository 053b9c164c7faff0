using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Tests.Statistics;

/// <summary>The byte-wise sort puts doubles where Array.Sort does, so the percentiles keep their bits.</summary>
public sealed class RadixSortTests
{
    public static TheoryData<string> Kinds => new() { "spread", "ties", "signs", "extremes", "one magnitude" };

    private static double[] Values(string kind, int n, int seed)
    {
        var random = new Random(seed);
        return kind switch
        {
            "spread" => [.. Enumerable.Range(0, n).Select(_ => (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-8, 9)))],
            "ties" => [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(-3, 4))],
            "signs" => [.. Enumerable.Range(0, n).Select(_ => random.Next(4) switch { 0 => -0.0, 1 => 0.0, 2 => -random.NextDouble(), _ => random.NextDouble() })],
            "extremes" => [.. Enumerable.Range(0, n).Select(i => (i % 7) switch
            {
                0 => double.PositiveInfinity, 1 => double.NegativeInfinity, 2 => double.Epsilon, 3 => -double.Epsilon,
                4 => double.MaxValue, 5 => double.MinValue, _ => random.NextDouble(),
            })],
            _ => [.. Enumerable.Range(0, n).Select(_ => 100 + random.NextDouble())],
        };
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void It_orders_values_as_array_sort_does(string kind)
    {
        foreach (var n in new[] { 1, 255, 256, 1000, 10_000 })
        {
            var values = Values(kind, n, n);
            var expected = values.ToArray();
            Array.Sort(expected);

            RadixSort.Sort(values);

            // Equal as numbers (−0 equals +0, whose order a comparison sort leaves open), and ascending by bits' order.
            Assert.Equal(expected, values);
            Assert.All(Enumerable.Range(1, n - 1), i => Assert.True(values[i - 1] <= values[i]));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_percentiles_have_the_bits_of_the_comparison_sort(string kind)
    {
        var values = Values(kind, 2000, 7);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var expected = TrialStatistics.Percentiles(sorted);

        var (summary, percentiles) = TrialStatistics.Summarize(values, withPercentiles: true);

        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), percentiles!.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(BitConverter.DoubleToInt64Bits(TrialStatistics.QuantileOfSorted(sorted, 0.5)), BitConverter.DoubleToInt64Bits(summary.P50));
    }

    [Fact]
    public void With_a_NaN_it_sorts_as_array_sort_does()
    {
        var values = Values("spread", 1000, 1);
        values[17] = double.NaN;
        var expected = values.ToArray();
        Array.Sort(expected);

        RadixSort.Sort(values);

        Assert.True(double.IsNaN(values[0]));
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), values.Select(BitConverter.DoubleToInt64Bits));
    }
}
