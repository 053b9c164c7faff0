using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Tests.Statistics;

/// <summary>The summary's quantiles by selection carry the bits of the full sort they replace.</summary>
public sealed class SelectedQuantilesTests
{
    // Past 4,096 the bucket indices move from the stack to a pooled array.
    private static readonly int[] Sizes = [1, 2, 3, 4, 5, 7, 10, 11, 16, 17, 18, 31, 100, 101, 257, 1000, 1001, 4096, 4097, 10_000];

    // The rule as it stood before selection: copy, sort, interpolate between order statistics at h = (n - 1) p.
    private static MetricSummary BySort(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        double Q(double p)
        {
            var h = (sorted.Length - 1) * p;
            var lower = (int)Math.Floor(h);
            var upper = Math.Min(lower + 1, sorted.Length - 1);
            return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
        }
        return new MetricSummary(TrialStatistics.Mean(values), Q(0.10), Q(0.50), Q(0.90));
    }

    private static void AssertSameBits(MetricSummary expected, MetricSummary actual)
    {
        long[] Bits(MetricSummary s) => [.. new[] { s.Mean, s.P10, s.P50, s.P90 }.Select(BitConverter.DoubleToInt64Bits)];
        Assert.Equal(Bits(expected), Bits(actual));
    }

    private static void AssertAsSort(double[] values)
    {
        var before = (double[])values.Clone();
        AssertSameBits(BySort(values), TrialStatistics.Summarize(values));
        AssertSameBits(TrialStatistics.Summarize(values, withPercentiles: true).Summary, TrialStatistics.Summarize(values));
        Assert.Equal(before.Select(BitConverter.DoubleToInt64Bits), values.Select(BitConverter.DoubleToInt64Bits));
    }

    public static TheoryData<string> Shapes() => ["spread", "few distinct", "signed zeros", "all equal", "ascending", "descending", "organ pipe", "infinities", "heavy tail", "cluster and outlier", "zeros and a spread", "rounded"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Selection_gives_the_sort_s_bits_at_every_size(string shape)
    {
        var random = new Random(shape.Length * 7919 + 16);
        foreach (var n in Sizes)
        {
            for (var repeat = 0; repeat < 5; repeat++)
            {
                AssertAsSort(Values(shape, n, random));
            }
        }
    }

    [Fact]
    public void A_NaN_keeps_the_sort_s_answer()
    {
        var random = new Random(5);
        foreach (var n in Sizes)
        {
            var values = Values("spread", n, random);
            values[random.Next(n)] = double.NaN;
            AssertAsSort(values);
        }
        AssertAsSort([double.PositiveInfinity, double.NegativeInfinity, 1, 2]);
    }

    [Fact]
    public void Empty_is_all_zero_as_before()
    {
        AssertSameBits(new MetricSummary(0, 0, 0, 0), TrialStatistics.Summarize(ReadOnlySpan<double>.Empty));
    }

    [Fact]
    public void Select_finds_the_sorted_value_at_each_rank_asked()
    {
        var random = new Random(11);
        foreach (var n in Sizes)
        {
            var values = Values("few distinct", n, random);
            var sorted = (double[])values.Clone();
            Array.Sort(sorted);
            int[] ranks = [.. Enumerable.Range(0, 8).Select(_ => random.Next(n)).Order()];
            var result = new double[ranks.Length];

            OrderStatistics.Select(values, ranks, result);

            Assert.Equal(ranks.Select(r => sorted[r]), result);
        }
    }

    private static double[] Values(string shape, int n, Random random) => shape switch
    {
        "spread" => [.. Enumerable.Range(0, n).Select(_ => Math.Exp(random.NextDouble() * 6) - 20)],
        "few distinct" => [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(4))],
        "signed zeros" => [.. Enumerable.Range(0, n).Select(_ => random.Next(3) switch { 0 => 0.0, 1 => -0.0, _ => random.NextDouble() - 0.5 })],
        "all equal" => [.. Enumerable.Repeat(3.25, n)],
        "ascending" => [.. Enumerable.Range(0, n).Select(i => (double)i)],
        "descending" => [.. Enumerable.Range(0, n).Select(i => (double)(n - i))],
        "organ pipe" => [.. Enumerable.Range(0, n).Select(i => (double)Math.Min(i, n - i))],
        "infinities" => [.. Enumerable.Range(0, n).Select(_ => random.Next(5) switch { 0 => double.PositiveInfinity, 1 => double.NegativeInfinity, _ => random.NextDouble() })],
        // Shapes for the histogram's path: most values in a few buckets, ties inside a bucket, an empty middle.
        "heavy tail" => [.. Enumerable.Range(0, n).Select(_ => Math.Exp(3 * Normal(random)))],
        "cluster and outlier" => [.. Enumerable.Range(0, n).Select(i => i == n / 3 ? 1e12 : 100 + random.NextDouble())],
        "zeros and a spread" => [.. Enumerable.Range(0, n).Select(_ => random.Next(4) == 0 ? 0.0 : 50 + 10 * Normal(random))],
        "rounded" => [.. Enumerable.Range(0, n).Select(_ => Math.Round(100 * random.NextDouble(), 1))],
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
