using System.Buffers;
using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Statistics;

/// <summary>Statistics over trials: means, empirical quantiles and the Wilson interval of a probability.</summary>
public static class TrialStatistics
{
    /// <summary>The percentiles quantiles.csv keeps: the 1st to the 99th.</summary>
    public const int PercentileCount = 99;

    /// <summary>
    /// The mean and P10, P50, P90, with the bits of the sort-based summary below: the six order statistics the
    /// quantiles interpolate are found by selection on a pooled copy, as every enterprise is summarised every year.
    /// </summary>
    public static MetricSummary Summarize(ReadOnlySpan<double> values)
    {
        var mean = Mean(values);
        // A NaN anywhere makes the mean NaN; the sort then has NaNs to place, so it stays the rule there.
        if (values.IsEmpty || double.IsNaN(mean))
        {
            return Summarize(values, withPercentiles: false).Summary;
        }
        var scratch = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            var copy = scratch.AsSpan(0, values.Length);
            values.CopyTo(copy);
            return SummaryQuantiles.Of(copy, mean);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// As <see cref="Summarize(ReadOnlySpan{double})"/>, with the same bits, but selecting in <paramref name="values"/>
    /// itself, which it overwrites: for values that are not needed afterwards, such as an enterprise's year once summed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MetricSummary SummarizeInPlace(Span<double> values)
    {
        var mean = Mean(values);
        return values.IsEmpty || double.IsNaN(mean)
            ? Summarize(values, withPercentiles: false).Summary
            : SummaryQuantiles.Of(values, mean);
    }

    /// <summary>
    /// The summary and, when asked, the 1st to 99th percentiles by the same rule, both from one sort, so the file's
    /// p10, p50 and p90 are the summary's bits.
    /// </summary>
    public static (MetricSummary Summary, double[]? Percentiles) Summarize(ReadOnlySpan<double> values, bool withPercentiles)
    {
        var sorted = values.ToArray();
        RadixSort.Sort(sorted);
        var summary = new MetricSummary(Mean(values), QuantileOfSorted(sorted, 0.10), QuantileOfSorted(sorted, 0.50), QuantileOfSorted(sorted, 0.90));
        return (summary, withPercentiles ? Percentiles(sorted) : null);
    }

    /// <summary>q at p = i / 100 for i = 1..99 (i / 100.0 is the double of 0.10, 0.50 and 0.90 exactly).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] Percentiles(ReadOnlySpan<double> sorted)
    {
        var q = new double[PercentileCount];
        for (var i = 1; i <= PercentileCount; i++)
        {
            q[i - 1] = QuantileOfSorted(sorted, i / 100.0);
        }
        return q;
    }

    /// <summary>
    /// The summary over the trials where the value is defined (not NaN), as for a growth rate from a zero or unknown
    /// previous value; all NaN when no trial has one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MetricSummary SummarizeDefined(ReadOnlySpan<double> values)
    {
        var defined = new List<double>(values.Length);
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                defined.Add(v);
            }
        }
        return defined.Count == 0
            ? new MetricSummary(double.NaN, double.NaN, double.NaN, double.NaN)
            : SummarizeInPlace(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(defined));
    }

    /// <summary>As <see cref="SummarizeDefined(ReadOnlySpan{double})"/>, with the percentiles of the defined trials (null when none is).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (MetricSummary Summary, double[]? Percentiles) SummarizeDefined(ReadOnlySpan<double> values, bool withPercentiles)
    {
        var defined = new List<double>(values.Length);
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                defined.Add(v);
            }
        }
        return defined.Count == 0
            ? (new MetricSummary(double.NaN, double.NaN, double.NaN, double.NaN), null)
            : Summarize(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(defined), withPercentiles);
    }

    /// <summary>The mean, summed in trial order so every engine gets the same bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }
        return values.IsEmpty ? 0 : sum / values.Length;
    }

    /// <summary>
    /// Linear interpolation between order statistics at h = (n - 1) p, the Hyndman–Fan type 7 rule
    /// (the default of R and numpy).
    /// </summary>
    public static double QuantileOfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            return 0;
        }
        var (h, lower, upper) = Ranks(sorted.Length, p);
        return Interpolate(sorted[lower], sorted[upper], h - lower);
    }

    /// <summary>Type 7's h = (n - 1) p and the ranks of the two order statistics around it.</summary>
    internal static (double H, int Lower, int Upper) Ranks(int count, double p)
    {
        var h = (count - 1) * p;
        var lower = (int)Math.Floor(h);
        return (h, lower, Math.Min(lower + 1, count - 1));
    }

    /// <summary>One expression for the sort and the selection paths, so both round alike.</summary>
    internal static double Interpolate(double lower, double upper, double fraction) => lower + fraction * (upper - lower);

    /// <summary>The Wilson score 95% interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    public static (double Low, double High) Wilson95(int successes, int trials) =>
        trials == 0 ? (0, 1) : Wilson95(successes / (double)trials, trials);

    /// <summary>
    /// The Wilson score 95% interval for a proportion over <paramref name="n"/> observations; n need not be whole,
    /// so a weighted probability passes its effective sample size.
    /// </summary>
    public static (double Low, double High) Wilson95(double proportion, double n)
    {
        if (!(n > 0))
        {
            return (0, 1);
        }
        const double z = 1.959963984540054;
        var p = proportion;
        var denominator = 1 + z * z / n;
        var centre = (p + z * z / (2 * n)) / denominator;
        var half = z * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator;
        // At a proportion of 0 or 1 the bound is exactly 0 or 1; the formula leaves a rounding residue there.
        var low = p <= 0 ? 0 : Math.Max(0, centre - half);
        var high = p >= 1 ? 1 : Math.Min(1, centre + half);
        return (low, high);
    }
}
