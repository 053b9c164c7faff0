using Sihui.ChainSim.Model.Aggregation;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Statistics;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Model.Results;

/// <summary>Turns each year's per-trial values into summaries, and keeps the target metrics' values to judge targets at the end.</summary>
public sealed class ResultCollector(CompiledScenario scenario)
{
    private readonly IReadOnlyList<string> _metricOrder = MetricNames.Computed(scenario.Definition);
    private readonly GrowthRates _rates = new(scenario);
    private readonly List<YearResult> _years = [];
    private readonly Dictionary<(string Metric, int Year), double[]> _targetValues = [];
    private readonly FirstYearTracker _firstYears = new(
        [.. scenario.Definition.Targets.Where(t => t.Year <= scenario.EndYear)], scenario.BaseYear + 1, scenario.Trials);

    public void Add(int year, Dictionary<string, double[]> runMetrics, IReadOnlyList<ParkYearOutcome> parks)
    {
        var enterpriseSummaries = new Dictionary<string, MetricSummary>(StringComparer.Ordinal);
        for (var p = 0; p < parks.Count; p++)
        {
            var park = parks[p];
            var indices = scenario.Parks[p].EnterpriseIndices;
            for (var i = 0; i < indices.Count; i++)
            {
                var metric = MetricNames.EnterpriseOutput(scenario.Enterprises[indices[i]].Definition.Id);
                enterpriseSummaries[metric] = park.EnterpriseSummaries[i];
                if (park.WatchedEnterpriseValues[i] is { } values)
                {
                    runMetrics[metric] = values;
                }
            }
        }
        _rates.Add(runMetrics, parks);

        // Sorting for quantiles dominates this step, so metrics are summarised in parallel, each into its own slot.
        var summaries = new NamedSummary[_metricOrder.Count];
        Parallel.For(0, summaries.Length, i =>
        {
            var metric = _metricOrder[i];
            // An enterprise's summary comes from its park; only a watched one has its trials here for the percentiles.
            var (summary, percentiles) = runMetrics.TryGetValue(metric, out var values) ? Distribution(metric, values) : (null, null);
            summaries[i] = new NamedSummary(metric, enterpriseSummaries.TryGetValue(metric, out var s) ? s : summary!) { Percentiles = percentiles };
        });
        _years.Add(new YearResult(year, summaries));

        foreach (var target in scenario.Definition.Targets.Where(t => t.Year == year))
        {
            _targetValues[(target.Metric, year)] = runMetrics[target.Metric];
        }
        _firstYears.Add(year, runMetrics);
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
        return new SimulationResult(targets, ProbabilityEstimate.Of(allCount, trials), _years) { TimeToTarget = _firstYears.Finish() };
    }

    // A rate is undefined (NaN) in trials whose previous value is 0 or unknown; its summary is over the others.
    private static MetricSummary Summarize(string metric, double[] values) =>
        MetricNames.IsRate(metric) ? TrialStatistics.SummarizeDefined(values) : TrialStatistics.Summarize(values);

    private static (MetricSummary? Summary, double[]? Percentiles) Distribution(string metric, double[] values) =>
        MetricNames.IsRate(metric) ? TrialStatistics.SummarizeDefined(values, withPercentiles: true) : TrialStatistics.Summarize(values, withPercentiles: true);
}
