using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Analysis.Comparison;

/// <summary>Runs each column with the same seed and trials and lines up targets and main metrics.</summary>
public static class Comparer
{
    public static async Task<ComparisonResult> RunAsync(
        ISimulationRunner runner, IReadOnlyList<LabelledRun> columns, AnalysisSettings? settings = null, CancellationToken cancellationToken = default)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("a comparison needs at least one column", nameof(columns));
        }
        var (runs, first) = await AnalysisRunner.CreateAsync(runner, columns[0], settings ?? new AnalysisSettings(), cancellationToken).ConfigureAwait(false);
        var outcomes = await runs.RunAllAsync(columns, first, cancellationToken).ConfigureAwait(false);
        return Build(columns, outcomes, runs.Trials, runs.Seed) with { Conditioning = runs.Conditioning };
    }

    /// <summary>Lines up finished runs; the first is the reference for differences.</summary>
    public static ComparisonResult Build(IReadOnlyList<LabelledRun> columns, IReadOnlyList<RunOutcome> outcomes, int trials, ulong seed)
    {
        var compared = columns.Select((c, i) => new ComparedColumn(
            c.Label, outcomes[i].Scenario.Definition.Name, c.Request.FileName, c.Request.LoadOptions.Variant, c.Request.LoadOptions.Set,
            RunOverride.Of(outcomes[i].Scenario.Definition, c.Request.LoadOptions.Set)) { Ess = outcomes[i].Result.Conditioning?.Ess }).ToArray();
        return new ComparisonResult(trials, seed, compared, Targets(outcomes), Metrics(outcomes)) { Outcomes = outcomes };
    }

    private static List<TargetComparison> Targets(IReadOnlyList<RunOutcome> outcomes)
    {
        var rows = new List<TargetComparison>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in outcomes.SelectMany(o => o.Scenario.Definition.Targets))
        {
            if (!seen.Add(definition.Id))
            {
                continue;
            }
            var cells = outcomes.Select(o => Cell(o, definition.Id)).ToArray();
            var first = cells[0];
            var withDifferences = cells.Select(c => c is null ? null : c with
            {
                ProbabilityDifference = first is null ? null : c.Met.Probability - first.Met.Probability,
                P50Difference = first is null ? null : c.P50 - first.P50,
                MeanDifference = first is null ? null : c.Mean - first.Mean,
            }).ToArray();
            var comparison = definition.Comparison == Scenarios.Definitions.Comparison.AtLeast ? "at_least" : "at_most";
            rows.Add(new TargetComparison(
                definition.Id, definition.Name, definition.Metric, definition.Year, comparison, definition.Threshold, withDifferences));
        }
        return rows;
    }

    private static TargetCell? Cell(RunOutcome outcome, string targetId)
    {
        var target = outcome.Result.Targets.FirstOrDefault(t => t.TargetId == targetId);
        if (target is null)
        {
            return null;
        }
        var timing = outcome.Result.TimeToTarget.FirstOrDefault(t => t.TargetId == targetId);
        var v = target.Value;
        return new TargetCell(target.Met, v.Mean, v.P10, v.P50, v.P90, null, null, null, timing);
    }

    /// <summary>total_output and each industry's output (from the first column's scenario, then any others), by year.</summary>
    private static List<MetricComparison> Metrics(IReadOnlyList<RunOutcome> outcomes)
    {
        var names = new List<(string Metric, string Name)> { (MetricNames.TotalOutput, "total output") };
        foreach (var industry in outcomes.SelectMany(o => o.Scenario.Definition.Industries))
        {
            var metric = MetricNames.IndustryOutput(industry.Id);
            if (names.All(n => n.Metric != metric))
            {
                names.Add((metric, industry.Name));
            }
        }
        var years = outcomes.SelectMany(o => o.Result.Years.Select(y => y.Year)).Distinct().Order().ToArray();
        var rows = new List<MetricComparison>();
        foreach (var (metric, name) in names)
        {
            foreach (var year in years)
            {
                var cells = outcomes.Select(o => Find(o.Result, metric, year)).ToArray();
                var first = cells[0];
                rows.Add(new MetricComparison(metric, name, year, cells.Select(c => c is null ? null : new MetricCell(
                    c.Mean, c.P50, first is null ? null : c.Mean - first.Mean, first is null ? null : c.P50 - first.P50)).ToArray()));
            }
        }
        return rows;
    }

    internal static Model.Statistics.MetricSummary? Find(SimulationResult result, string metric, int year) =>
        result.Years.FirstOrDefault(y => y.Year == year)?.Metrics.FirstOrDefault(m => m.Metric == metric)?.Summary;
}
