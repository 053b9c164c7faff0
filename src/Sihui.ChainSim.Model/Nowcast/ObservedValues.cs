using Sihui.ChainSim.Model.Aggregation;
using Sihui.ChainSim.Model.Compilation;

namespace Sihui.ChainSim.Model.Nowcast;

/// <summary>
/// Keeps, through a run, each trial's annual value of the observed metrics in the observed years (and the year before,
/// for a growth_yoy row), and nothing else: the other metrics' trials are summarised and dropped as usual.
/// </summary>
public sealed class ObservedValues
{
    private readonly CompiledScenario _scenario;
    private readonly IReadOnlyList<WeighedObservation> _rows;
    private readonly Dictionary<(string Metric, int Year), double[]> _values = [];

    public ObservedValues(CompiledScenario scenario)
    {
        _scenario = scenario;
        _rows = [.. scenario.Observed.Select(r => WeighedObservation.Of(scenario.Definition, r))];
        foreach (var row in _rows.Where(r => r.NeedsPreviousYear && r.Row.Observation.Year == scenario.BaseYear + 1))
        {
            // The first simulated year's growth is on the base-year value, the same in every trial.
            var metric = row.Row.Observation.Metric;
            var value = BaseYearValues.Compute(scenario).FirstOrDefault(v => v.Metric == metric).Value ?? double.NaN;
            _values[(metric, scenario.BaseYear)] = Enumerable.Repeat(value, scenario.Trials).ToArray();
        }
    }

    /// <summary>Some row falls within the simulated years: the run is a nowcast.</summary>
    public bool Any => LastYear is not null;

    /// <summary>The latest year a row observes within the simulated years; the weights are known once it is in.</summary>
    public int? LastYear => _rows.Where(r => r.Row.Observation.Year <= _scenario.EndYear).Select(r => (int?)r.Row.Observation.Year).Max();

    /// <summary>Keeps this year's arrays of the metrics a row reads in this year.</summary>
    public void Add(int year, IReadOnlyDictionary<string, double[]> runMetrics)
    {
        foreach (var row in _rows)
        {
            var o = row.Row.Observation;
            if (o.Year == year || (row.NeedsPreviousYear && o.Year - 1 == year))
            {
                _values[(o.Metric, year)] = runMetrics[o.Metric];
            }
        }
    }

    /// <summary>The rows with their trials' values; rows after the last simulated year (a run with --until) are left out.</summary>
    public IReadOnlyList<ObservedTrials> Rows() =>
        [.. _rows.Where(r => r.Row.Observation.Year <= _scenario.EndYear).Select(r =>
        {
            var o = r.Row.Observation;
            return new ObservedTrials(r, _values[(o.Metric, o.Year)], r.NeedsPreviousYear ? _values[(o.Metric, o.Year - 1)] : null);
        })];
}
