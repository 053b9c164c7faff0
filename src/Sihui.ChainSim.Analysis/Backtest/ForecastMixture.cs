using Sihui.ChainSim.Analysis.Scoring;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>
/// The equal mixture of forecasts held as percentiles: its CDF is the mean of theirs (each linear between its
/// percentiles, 0 below q_0.01 − its first step and 1 above q_0.99 + its last), and its percentiles are found by
/// bisection. It pools the runs of several parameter draws into one forecast, as if their trials were pooled.
/// </summary>
public static class ForecastMixture
{
    private const int Steps = 60;

    public static ForecastQuantiles Of(IReadOnlyList<ForecastQuantiles> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }
        var low = parts.Min(p => p.At(1) - Step(p, first: true));
        var high = parts.Max(p => p.At(ForecastQuantiles.Count) + Step(p, first: false));
        var percentiles = new double[ForecastQuantiles.Count];
        for (var i = 1; i <= ForecastQuantiles.Count; i++)
        {
            var target = ForecastQuantiles.Level(i);
            double a = low, b = high;
            for (var s = 0; s < Steps && b - a > 0; s++)
            {
                var mid = (a + b) / 2;
                if (parts.Average(p => Cdf(p, mid)) < target)
                {
                    a = mid;
                }
                else
                {
                    b = mid;
                }
            }
            percentiles[i - 1] = i == 1 ? b : Math.Max(percentiles[i - 2], b);
        }
        return new ForecastQuantiles(percentiles);
    }

    /// <summary>The part's CDF, linear through (q_p, p) and out to 0 and 1 one step beyond its end percentiles.</summary>
    public static double Cdf(ForecastQuantiles q, double x)
    {
        var n = ForecastQuantiles.Count;
        var first = q.At(1);
        var last = q.At(n);
        if (x <= first)
        {
            var step = Step(q, first: true);
            return step <= 0 ? (x < first ? 0 : 0.01) : Math.Max(0, 0.01 * (1 - (first - x) / step));
        }
        if (x >= last)
        {
            var step = Step(q, first: false);
            return step <= 0 ? (x > last ? 1 : 0.99) : Math.Min(1, 0.99 + 0.01 * (x - last) / step);
        }
        var values = q.Values;
        var above = 1;
        while (values[above] <= x)
        {
            above++;
        }
        // values[above − 1] ≤ x < values[above]
        var below = values[above - 1];
        return ForecastQuantiles.Level(above) + (x - below) / (values[above] - below) * 0.01;
    }

    private static double Step(ForecastQuantiles q, bool first) =>
        first ? q.At(2) - q.At(1) : q.At(ForecastQuantiles.Count) - q.At(ForecastQuantiles.Count - 1);
}
