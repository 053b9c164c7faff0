using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Analysis.Scoring;

/// <summary>
/// A forecast as its 1st to 99th percentiles (q_0.01 … q_0.99), the form <c>quantiles.csv</c> keeps, and the scores
/// of an actual against it: PIT, inside P10–P90, the error of P50 and the CRPS (docs/calibration.md, "Scores").
/// </summary>
public sealed class ForecastQuantiles
{
    public const int Count = TrialStatistics.PercentileCount;

    // Relative size of a fall between neighbouring percentiles that is rounding, not a broken file.
    private const double RoundingSlack = 1e-12;

    private readonly double[] q;

    /// <summary>
    /// <paramref name="percentiles"/>[i] is q at p = (i + 1) / 100; they must not decrease. A fall of a few ulps is
    /// the interpolation's rounding at the edge of two order statistics, and is levelled rather than refused.
    /// </summary>
    public ForecastQuantiles(IReadOnlyList<double> percentiles)
    {
        if (percentiles.Count != Count)
        {
            throw new ArgumentException($"a forecast needs the {Count} percentiles 1..99, got {percentiles.Count}");
        }
        q = percentiles.ToArray();
        for (var i = 1; i < Count; i++)
        {
            if (q[i] >= q[i - 1])
            {
                continue;
            }
            if (q[i - 1] - q[i] > RoundingSlack * Math.Max(1, Math.Abs(q[i - 1])))
            {
                throw new ArgumentException($"percentile {i + 1} ({q[i]}) is below percentile {i} ({q[i - 1]})");
            }
            q[i] = q[i - 1];
        }
    }


    /// <summary>
    /// The percentiles of trial values by the rule summary.json uses (<see cref="TrialStatistics.QuantileOfSorted"/>), over
    /// the trials where the value is defined (a growth rate from a zero level is NaN); null when none is.
    /// </summary>
    public static ForecastQuantiles? OfTrials(ReadOnlySpan<double> values)
    {
        var sorted = values.ToArray().Where(v => !double.IsNaN(v)).ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }
        Array.Sort(sorted);
        return new ForecastQuantiles(TrialStatistics.Percentiles(sorted));
    }

    /// <summary>p of the i-th percentile, i = 1..99.</summary>
    public static double Level(int i) => i / 100.0;

    /// <summary>q_p for p = i / 100.</summary>
    public double At(int percentile) => q[percentile - 1];

    public IReadOnlyList<double> Values => q;

    /// <summary>
    /// The actual's percentile in the forecast: the CDF through the points (q_p, p), linear between them. Where several
    /// percentiles equal the actual (a flat stretch) it is the middle of their p; below q_0.01 it is 0.005 and above
    /// q_0.99 0.995, the middle of the 1% tail the file does not resolve.
    /// </summary>
    public double Pit(double actual)
    {
        if (actual < q[0])
        {
            return 0.005;
        }
        if (actual > q[^1])
        {
            return 0.995;
        }
        var first = Array.FindIndex(q, v => v >= actual);
        var last = Array.FindLastIndex(q, v => v <= actual);
        if (first <= last)
        {
            // q[first..last] all equal the actual.
            return (Level(first + 1) + Level(last + 1)) / 2;
        }
        // q[last] < actual < q[first], first = last + 1.
        var below = q[last];
        var above = q[first];
        return Level(last + 1) + (actual - below) / (above - below) * (Level(first + 1) - Level(last + 1));
    }

    public bool InsideP10P90(double actual) => actual >= At(10) && actual <= At(90);

    /// <summary>(P50 − actual) / actual in percent; null for an actual of 0.</summary>
    public double? P50ErrorPercent(double actual) => actual == 0 ? null : (At(50) - actual) / actual * 100;

    /// <summary>CRPS ≈ (2/99) · Σ_{p=0.01..0.99} ρ_p(actual − q_p), with the pinball loss ρ_p(u) = u · (p − 1[u &lt; 0]).</summary>
    public double Crps(double actual)
    {
        var sum = 0.0;
        for (var i = 1; i <= Count; i++)
        {
            var u = actual - q[i - 1];
            sum += u * (Level(i) - (u < 0 ? 1 : 0));
        }
        return 2.0 / Count * sum;
    }
}
