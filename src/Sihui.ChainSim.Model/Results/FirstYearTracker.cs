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

    public IReadOnlyList<TargetTiming> Finish()
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
            timings.Add(new TargetTiming(
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
            });
        }
        return timings;
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
