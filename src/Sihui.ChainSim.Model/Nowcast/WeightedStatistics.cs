using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Nowcast;

/// <summary>Probabilities, means and quantiles over weighted trials; sums run in trial order so every engine gets the same bits.</summary>
public static class WeightedStatistics
{
    /// <summary>Σ w·1[met] / Σ w, with the Wilson interval using the ESS as n.</summary>
    public static WeightedProbability Probability(TrialWeights weights, ReadOnlySpan<bool> met)
    {
        var w = weights.Weights;
        Same(w.Length, met.Length);
        var hit = 0.0;
        for (var k = 0; k < w.Length; k++)
        {
            hit += met[k] ? w[k] : 0;
        }
        var p = weights.Total > 0 ? hit / weights.Total : 0;
        var (low, high) = TrialStatistics.Wilson95(p, weights.Ess);
        return new WeightedProbability(p, low, high, weights.Ess);
    }

    /// <summary>Σ w·x / Σ w.</summary>
    public static double Mean(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        Same(values.Length, weights.Length);
        double sum = 0, total = 0;
        for (var k = 0; k < values.Length; k++)
        {
            sum += weights[k] * values[k];
            total += weights[k];
        }
        return total > 0 ? sum / total : 0;
    }

    /// <summary>
    /// The smallest value whose normalised cumulative weight reaches <paramref name="p"/>; trials of weight 0 are
    /// skipped, so p = 0 gives the smallest value any weighted trial has.
    /// </summary>
    public static double Quantile(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double p) => Quantiles(values, weights, p)[0];

    /// <summary><see cref="Quantile"/> at each of <paramref name="ps"/>, sorting the trials once.</summary>
    public static double[] Quantiles(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, params double[] ps)
    {
        Same(values.Length, weights.Length);
        var w = weights.ToArray();
        var v = values.ToArray();
        var order = Enumerable.Range(0, v.Length).Where(k => w[k] > 0).ToArray();
        if (order.Length == 0)
        {
            return new double[ps.Length];
        }
        // Ties keep trial order, so the result never depends on the sort's stability.
        Array.Sort(order, (a, b) => v[a] != v[b] ? v[a].CompareTo(v[b]) : a.CompareTo(b));
        var cumulative = new double[order.Length];
        var total = 0.0;
        for (var i = 0; i < order.Length; i++)
        {
            total += w[order[i]];
            cumulative[i] = total;
        }
        // The last cumulative weight is the total itself, so p = 1 is always reached.
        return ps.Select(p => v[order[FirstReaching(cumulative, Math.Clamp(p, 0, 1) * total)]]).ToArray();
    }

    /// <summary>The first index whose cumulative weight reaches <paramref name="target"/> (the last when rounding leaves none), by bisection.</summary>
    private static int FirstReaching(double[] cumulative, double target)
    {
        int low = 0, high = cumulative.Length - 1;
        while (low < high)
        {
            var mid = low + (high - low) / 2;
            if (cumulative[mid] >= target)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }
        return low;
    }

    /// <summary>
    /// The weighted mean, the 10th, 50th and 90th weighted quantiles and, when asked, the 1st to 99th by the same rule
    /// from one sort, so quantiles.csv's p10, p50 and p90 are the summary's bits.
    /// </summary>
    public static (MetricSummary Summary, double[]? Percentiles) Summarize(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, bool withPercentiles)
    {
        if (!withPercentiles)
        {
            return (Summarize(values, weights), null);
        }
        // i / 100.0 is the double of 0.10, 0.50 and 0.90 exactly.
        var ps = Enumerable.Range(1, TrialStatistics.PercentileCount).Select(i => i / 100.0).ToArray();
        var q = Quantiles(values, weights, ps);
        return (new MetricSummary(Mean(values, weights), q[9], q[49], q[89]), q);
    }

    /// <summary>The weighted mean and the 10th, 50th and 90th weighted quantiles.</summary>
    public static MetricSummary Summarize(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        var q = Quantiles(values, weights, 0.10, 0.50, 0.90);
        return new MetricSummary(Mean(values, weights), q[0], q[1], q[2]);
    }

    private static void Same(int a, int b)
    {
        if (a != b)
        {
            throw new ArgumentException($"expected as many weights as values, got {b} and {a}");
        }
    }
}
