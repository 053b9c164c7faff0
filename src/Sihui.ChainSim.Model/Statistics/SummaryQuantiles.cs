using System.Runtime.CompilerServices;
namespace Sihui.ChainSim.Model.Statistics;

/// <summary>P10, P50 and P90 by the type-7 rule from six order statistics, selected rather than sorted.</summary>
internal static class SummaryQuantiles
{
    private static readonly double[] Probabilities = [0.10, 0.50, 0.90];

    /// <summary>The summary of <paramref name="values"/> (no NaN, not empty), which it uses as scratch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MetricSummary Of(Span<double> values, double mean)
    {
        Span<int> ranks = stackalloc int[6];
        Span<double> fractions = stackalloc double[3];
        for (var i = 0; i < 3; i++)
        {
            var (h, lower, upper) = TrialStatistics.Ranks(values.Length, Probabilities[i]);
            ranks[2 * i] = lower;
            ranks[2 * i + 1] = upper;
            fractions[i] = h - lower;
        }
        // Selection wants its ranks ascending; at small n the p10 and p50 pairs can interleave.
        Span<int> ascending = stackalloc int[6];
        ranks.CopyTo(ascending);
        ascending.Sort();
        Span<double> selected = stackalloc double[6];
        OrderStatistics.Select(values, ascending, selected);

        Span<double> q = stackalloc double[3];
        for (var i = 0; i < 3; i++)
        {
            var lower = selected[ascending.IndexOf(ranks[2 * i])];
            var upper = selected[ascending.IndexOf(ranks[2 * i + 1])];
            q[i] = TrialStatistics.Interpolate(lower, upper, fractions[i]);
        }
        return new MetricSummary(mean, q[0], q[1], q[2]);
    }
}
