using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Model.Aggregation;

/// <summary>
/// The growth rates of one year per trial, from last year's values (the base-year values in the first year):
/// growth = x[t] / x[t−1] − 1, and the comparable (同口径) rate, which leaves out of x[t] the projects in their
/// first producing year with their indirect effect. A rate is NaN in a trial whose previous value is 0 or unknown.
/// </summary>
public sealed class GrowthRates
{
    private readonly CompiledScenario _scenario;
    private readonly IReadOnlyList<string> _growthOf;
    private readonly IReadOnlyList<string> _comparableOf;
    private readonly Dictionary<string, double[]> _previous = new(StringComparer.Ordinal);

    public GrowthRates(CompiledScenario scenario)
    {
        _scenario = scenario;
        var computed = MetricNames.Computed(scenario.Definition);
        _growthOf = [.. computed.Where(m => m.StartsWith(MetricNames.GrowthPrefix, StringComparison.Ordinal)).Select(m => MetricNames.RateBase(m)!)];
        _comparableOf = [.. computed.Where(m => m.StartsWith(MetricNames.ComparableGrowthPrefix, StringComparison.Ordinal)).Select(m => MetricNames.RateBase(m)!)];
        var baseValues = BaseYearValues.Compute(scenario).ToDictionary(v => v.Metric, v => v.Value, StringComparer.Ordinal);
        foreach (var metric in _growthOf.Concat(_comparableOf).Distinct(StringComparer.Ordinal))
        {
            var values = new double[scenario.Trials];
            Array.Fill(values, baseValues.GetValueOrDefault(metric) ?? double.NaN);
            _previous[metric] = values;
        }
    }

    /// <summary>Adds this year's rates to <paramref name="metrics"/>, which holds the year's plain metrics.</summary>
    public void Add(Dictionary<string, double[]> metrics, IReadOnlyList<ParkYearOutcome> parks)
    {
        foreach (var metric in _growthOf)
        {
            metrics[MetricNames.Growth(metric)] = Rate(metrics[metric], null, _previous[metric]);
        }
        if (_comparableOf.Count > 0)
        {
            var firstYear = YearAggregator.FirstYearProjectValue(_scenario, parks);
            foreach (var metric in _comparableOf)
            {
                metrics[MetricNames.ComparableGrowth(metric)] = Rate(metrics[metric], NewUnits(metric, firstYear), _previous[metric]);
            }
        }
        foreach (var metric in _previous.Keys)
        {
            _previous[metric] = metrics[metric];
        }
    }

    // The value in t of the units that did not produce in t−1: projects in their first producing year, with their
    // indirect effect (producing projects never stop, and an enterprise at volume 0 stays at 0).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[] NewUnits(string metric, double[][] firstYear)
    {
        var industries = _scenario.Definition.Industries;
        var sum = new double[_scenario.Trials];
        for (var i = 0; i < industries.Count; i++)
        {
            var id = industries[i].Id;
            var weight = metric switch
            {
                MetricNames.TotalOutput => 1.0,
                MetricNames.ValueAdded => industries[i].ValueAddedRatio,
                _ when metric == MetricNames.IndustryOutput(id) => 1.0,
                _ when metric == MetricNames.IndustryValueAdded(id) => industries[i].ValueAddedRatio,
                _ => null,
            };
            if (weight is not { } w)
            {
                continue;
            }
            for (var k = 0; k < sum.Length; k++)
            {
                sum[k] += firstYear[i][k] * w;
            }
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Rate(double[] current, double[]? newUnits, double[] previous)
    {
        var rate = new double[current.Length];
        for (var k = 0; k < rate.Length; k++)
        {
            var kept = newUnits is null ? current[k] : current[k] - newUnits[k];
            rate[k] = previous[k] == 0 ? double.NaN : kept / previous[k] - 1;
        }
        return rate;
    }
}
