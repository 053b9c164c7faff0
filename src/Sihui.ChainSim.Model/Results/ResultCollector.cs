using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Aggregation;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Model.Statistics;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Model.Results;

/// <summary>Turns each year's per-trial values into summaries, and keeps the target metrics' values to judge targets at the end.</summary>
public sealed class ResultCollector(CompiledScenario scenario)
{
    private readonly IReadOnlyList<string> _metricOrder = MetricOrder(scenario);
    private readonly string[] _enterpriseMetrics = [.. scenario.Enterprises.Select(e => MetricNames.EnterpriseOutput(e.Definition.Id))];
    private readonly GrowthRates _rates = new(scenario);
    private readonly List<YearResult> _years = [];
    private readonly Dictionary<(string Metric, int Year), double[]> _targetValues = [];
    private readonly FirstYearTracker _firstYears = new(
        [.. scenario.Definition.Targets.Where(t => t.Year <= scenario.EndYear)], scenario.BaseYear + 1, scenario.Trials);
    private readonly ObservedValues _observed = new(scenario);
    private readonly List<(int Year, Dictionary<string, double[]> Metrics)> _pending = [];
    private TrialWeights? _weights;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int year, Dictionary<string, double[]> runMetrics, IReadOnlyList<ParkYearOutcome> parks)
    {
        var enterpriseSummaries = new Dictionary<string, MetricSummary>(StringComparer.Ordinal);
        for (var p = 0; p < parks.Count; p++)
        {
            var park = parks[p];
            var indices = scenario.Parks[p].EnterpriseIndices;
            for (var i = 0; i < indices.Count; i++)
            {
                var metric = _enterpriseMetrics[indices[i]];
                if (park.EnterpriseSummaries.Count > 0)
                {
                    enterpriseSummaries[metric] = park.EnterpriseSummaries[i];
                }
                if (park.WatchedEnterpriseValues[i] is { } values)
                {
                    runMetrics[metric] = values;
                }
            }
        }
        _rates.Add(runMetrics, parks);
        foreach (var target in scenario.Definition.Targets.Where(t => t.Year == year))
        {
            _targetValues[(target.Metric, year)] = runMetrics[target.Metric];
        }
        _firstYears.Add(year, runMetrics);
        _observed.Add(year, runMetrics);

        if (!_observed.Any)
        {
            _years.Add(Summarize(year, runMetrics, enterpriseSummaries, null));
            return;
        }
        // A nowcast summarises each year with the weights, known once the last observed year is in: the years up to
        // it wait (usually one, the current year), the later ones are summarised as they come.
        _pending.Add((year, runMetrics));
        if (year == _observed.LastYear)
        {
            _weights = TrialWeights.Compute(_observed.Rows(), scenario.Trials);
        }
        if (_weights is { } weights)
        {
            _years.AddRange(_pending.Select(y => Summarize(y.Year, y.Metrics, enterpriseSummaries, weights)));
            _pending.Clear();
        }
    }

    // Sorting for percentiles dominates this step, so metrics are summarised in parallel, each into its own slot.
    // Weighted, every enterprise is watched, so its trials are here rather than summarised by its park.
    private YearResult Summarize(int year, Dictionary<string, double[]> runMetrics, Dictionary<string, MetricSummary> enterpriseSummaries, TrialWeights? weights)
    {
        var summaries = new NamedSummary[_metricOrder.Count];
        Parallel.For(0, summaries.Length, i =>
        {
            var metric = _metricOrder[i];
            if (weights is not null)
            {
                // quantiles.csv holds the weighted percentiles, by the weighted quantile rule of the summary.
                var (weighted, weightedPercentiles) = WeightedSummary(metric, runMetrics[metric], weights, withPercentiles: scenario.KeepsPercentiles);
                summaries[i] = new NamedSummary(metric, weighted) { Percentiles = weightedPercentiles };
                return;
            }
            // An enterprise's summary comes from its park; only a watched one has its trials here for the percentiles.
            var (summary, percentiles) = runMetrics.TryGetValue(metric, out var values) ? Distribution(metric, values) : (null, null);
            summaries[i] = new NamedSummary(metric, enterpriseSummaries.TryGetValue(metric, out var s) ? s : summary!) { Percentiles = percentiles };
        });
        return new YearResult(year, summaries);
    }

    // Without enterprise summaries a year lists only the enterprises whose trials are kept (targets watch them).
    private static IReadOnlyList<string> MetricOrder(CompiledScenario scenario)
    {
        var computed = MetricNames.Computed(scenario.Definition);
        if (scenario.SummarizesEnterprises)
        {
            return computed;
        }
        var unwatched = scenario.Enterprises.Where(e => !scenario.WatchedEnterprises.Contains(e.Index))
            .Select(e => MetricNames.EnterpriseOutput(e.Definition.Id))
            .ToHashSet(StringComparer.Ordinal);
        return [.. computed.Where(m => !unwatched.Contains(m))];
    }

    public SimulationResult Finish()
    {
        var trials = scenario.Trials;
        var allMet = new bool[trials];
        Array.Fill(allMet, true);
        var targets = new List<TargetResult>();
        foreach (var target in scenario.Definition.Targets.Where(t => t.Year <= scenario.EndYear))
        {
            var values = _targetValues[(target.Metric, target.Year)];
            var met = 0;
            for (var k = 0; k < trials; k++)
            {
                var holds = target.IsMet(values[k]);
                met += holds ? 1 : 0;
                allMet[k] &= holds;
            }
            targets.Add(new TargetResult(target.Id, ProbabilityEstimate.Of(met, trials), Summarize(target.Metric, values)));
        }
        var allCount = targets.Count == 0 ? 0 : allMet.Count(m => m);
        var all = ProbabilityEstimate.Of(allCount, trials);
        var result = new SimulationResult(targets, all, _years) { TimeToTarget = _firstYears.Finish() };
        if (_observed.Any)
        {
            return Conditioned(result, allMet, targets.Count > 0);
        }
        // A nowcast with no figures yet: every trial weighs the same, so the plain figures are the conditioned ones.
        return scenario.IsNowcast ? result with { Conditioning = new Conditioning([], trials, trials, targets, all) } : result;
    }

    // The same trials weighted by the observations; the plain figures stay beside them as "before".
    private SimulationResult Conditioned(SimulationResult plain, bool[] allMet, bool anyTarget)
    {
        var rows = _observed.Rows();
        var weights = _weights!;
        var targets = new List<TargetResult>();
        foreach (var target in scenario.Definition.Targets.Where(t => t.Year <= scenario.EndYear))
        {
            var values = _targetValues[(target.Metric, target.Year)];
            var met = values.Select(target.IsMet).ToArray();
            targets.Add(new TargetResult(target.Id, Estimate(WeightedStatistics.Probability(weights, met), met), WeightedSummary(target.Metric, values, weights)));
        }
        var all = anyTarget ? Estimate(WeightedStatistics.Probability(weights, allMet), allMet) : plain.AllTargets;
        return plain with
        {
            Targets = targets,
            AllTargets = all,
            TimeToTarget = _firstYears.Finish(weights),
            Conditioning = new Conditioning([.. rows.Select(r => r.Observation.Row.Label)], weights.Ess, scenario.Trials, plain.Targets, plain.AllTargets),
        };
    }

    // Successes and trials stay the raw counts; the interval is Wilson's at the ESS.
    private static ProbabilityEstimate Estimate(WeightedProbability p, bool[] met) =>
        new(p.Probability, p.Low, p.High, met.Count(m => m), met.Length);

    // A rate undefined in a trial leaves that trial out, as in a plain summary.
    private static MetricSummary WeightedSummary(string metric, double[] values, TrialWeights weights) =>
        WeightedSummary(metric, values, weights, withPercentiles: false).Summary;

    // The percentiles are null where the plain run's would be: a rate that no trial of weight above 0 defines.
    private static (MetricSummary Summary, double[]? Percentiles) WeightedSummary(string metric, double[] values, TrialWeights weights, bool withPercentiles)
    {
        var w = weights.Weights.ToArray();
        var x = values;
        if (MetricNames.IsRate(metric))
        {
            // 0 · NaN is NaN, so the undefined values are zeroed as well as weighed 0.
            x = [.. values.Select(v => double.IsNaN(v) ? 0 : v)];
            for (var k = 0; k < w.Length; k++)
            {
                w[k] = double.IsNaN(values[k]) ? 0 : w[k];
            }
        }
        if (!w.Any(v => v > 0))
        {
            // No weighted trial defines the rate: undefined, as a plain run's summary of no defined trial.
            return (new MetricSummary(double.NaN, double.NaN, double.NaN, double.NaN), null);
        }
        return WeightedStatistics.Summarize(x, w, withPercentiles);
    }

    // A rate is undefined (NaN) in trials whose previous value is 0 or unknown; its summary is over the others.
    private static MetricSummary Summarize(string metric, double[] values) =>
        MetricNames.IsRate(metric) ? TrialStatistics.SummarizeDefined(values) : TrialStatistics.Summarize(values);

    // The percentiles take a full sort; without them the summary comes from selection, with the same bits.
    private (MetricSummary? Summary, double[]? Percentiles) Distribution(string metric, double[] values)
    {
        if (!scenario.KeepsPercentiles)
        {
            return (Summarize(metric, values), null);
        }
        return MetricNames.IsRate(metric) ? TrialStatistics.SummarizeDefined(values, withPercentiles: true) : TrialStatistics.Summarize(values, withPercentiles: true);
    }
}
