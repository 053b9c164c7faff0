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
    public static double Quantile(ReadOnlySpan<double> values, ReadOnlySpan<double> weights, double p)
    {
        Same(values.Length, weights.Length);
        var w = weights.ToArray();
        var order = Enumerable.Range(0, values.Length).Where(k => w[k] > 0).ToArray();
        if (order.Length == 0)
        {
            return 0;
        }
        var v = values.ToArray();
        // Ties keep trial order, so the result never depends on the sort's stability.
        Array.Sort(order, (a, b) => v[a] != v[b] ? v[a].CompareTo(v[b]) : a.CompareTo(b));
        var total = 0.0;
        foreach (var k in order)
        {
            total += w[k];
        }
        // Summed in the same order as the total, so the last cumulative weight is exactly the total and p = 1 is reached.
        var target = Math.Clamp(p, 0, 1) * total;
        var cumulative = 0.0;
        foreach (var k in order)
        {
            cumulative += w[k];
            if (cumulative >= target)
            {
                return v[k];
            }
        }
        return v[order[^1]];
    }

    /// <summary>The weighted mean and the 10th, 50th and 90th weighted quantiles.</summary>
    public static MetricSummary Summarize(ReadOnlySpan<double> values, ReadOnlySpan<double> weights) =>
        new(Mean(values, weights), Quantile(values, weights, 0.10), Quantile(values, weights, 0.50), Quantile(values, weights, 0.90));

    private static void Same(int a, int b)
    {
        if (a != b)
        {
            throw new ArgumentException($"expected as many weights as values, got {b} and {a}");
        }
    }
}
