using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Results;

/// <summary>
/// Remembers, per target and trial, the first simulated year of the target's event: meeting an <c>at_least</c>
/// threshold, or breaching an <c>at_most</c> cap. Only target metrics are kept.
/// </summary>
public sealed class FirstYearTracker
{
    private const int Never = 0;
    private readonly IReadOnlyList<TargetDefinition> _targets;
    private readonly int[][] _firstYear;
    private readonly int _fromYear;
    private int _lastYear;

    public FirstYearTracker(IReadOnlyList<TargetDefinition> targets, int fromYear, int trials)
    {
        _targets = targets;
        _fromYear = fromYear;
        _lastYear = fromYear - 1;
        _firstYear = targets.Select(_ => new int[trials]).ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int year, IReadOnlyDictionary<string, double[]> runMetrics)
    {
        _lastYear = year;
        for (var t = 0; t < _targets.Count; t++)
        {
            var target = _targets[t];
            var values = runMetrics[target.Metric];
            var first = _firstYear[t];
            var breach = target.Comparison == Comparison.AtMost;
            for (var k = 0; k < first.Length; k++)
            {
                if (first[k] == Never && target.IsMet(values[k]) != breach)
                {
                    first[k] = year;
                }
            }
        }
    }

    /// <summary>
    /// The timings over the trials; with <paramref name="weights"/> (a nowcast) the quantiles and shares are over the
    /// weighted trials, by the weighted quantile rule: the first year whose normalised cumulative weight reaches p.
    /// </summary>
    public IReadOnlyList<TargetTiming> Finish(TrialWeights? weights = null)
    {
        var timings = new List<TargetTiming>(_targets.Count);
        for (var t = 0; t < _targets.Count; t++)
        {
            var first = _firstYear[t];
            var counts = new int[Math.Max(0, _lastYear - _fromYear + 1)];
            var never = 0;
            foreach (var year in first)
            {
                if (year == Never)
                {
                    never++;
                }
                else
                {
                    counts[year - _fromYear]++;
                }
            }
            var trials = first.Length;
            var timing = new TargetTiming(
                _targets[t].Id,
                Quantile(counts, trials, 0.10),
                Quantile(counts, trials, 0.50),
                Quantile(counts, trials, 0.90),
                trials == 0 ? 0 : (double)never / trials,
                _fromYear,
                counts)
            {
                Event = _targets[t].Comparison == Comparison.AtMost ? TimingEvent.FirstBreach : TimingEvent.FirstMet,
                TargetYear = _targets[t].Year,
                Trials = trials,
            };
            timings.Add(weights is null ? timing : Weighted(timing, first, weights));
        }
        return timings;
    }

    private TargetTiming Weighted(TargetTiming plain, int[] first, TrialWeights weights)
    {
        var w = weights.Weights;
        var mass = new double[plain.FirstYearCounts.Count];
        var never = 0.0;
        // Summed in trial order, so every engine gets the same bits.
        for (var k = 0; k < first.Length; k++)
        {
            if (first[k] == Never)
            {
                never += w[k];
            }
            else
            {
                mass[first[k] - _fromYear] += w[k];
            }
        }
        var total = weights.Total;
        var shares = mass.Select(m => total > 0 ? m / total : 0).ToArray();
        return plain with
        {
            FirstYearP10 = WeightedQuantile(mass, 0.10 * total),
            FirstYearP50 = WeightedQuantile(mass, 0.50 * total),
            FirstYearP90 = WeightedQuantile(mass, 0.90 * total),
            NeverShare = total > 0 ? never / total : 0,
            FirstYearShares = shares,
            Ess = weights.Ess,
        };
    }

    // Cumulative weight against p·Σw, as WeightedStatistics compares, so both rules round alike.
    private int? WeightedQuantile(double[] mass, double needed)
    {
        var cumulative = 0.0;
        for (var i = 0; i < mass.Length; i++)
        {
            cumulative += mass[i];
            if (mass[i] > 0 && cumulative >= needed)
            {
                return _fromYear + i;
            }
        }
        return null;
    }

    // The first year whose cumulative count reaches ceil(p n); null when it is never reached.
    private int? Quantile(int[] counts, int trials, double p)
    {
        var needed = Math.Max(1, (long)Math.Ceiling(p * trials));
        long cumulative = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            cumulative += counts[i];
            if (cumulative >= needed)
            {
                return _fromYear + i;
            }
        }
        return null;
    }
}
