using System.Diagnostics;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Sensitivity;

/// <summary>One-at-a-time sensitivity: each parameter at its low and high value, with common random numbers, on any engine.</summary>
public static class SensitivityAnalyzer
{
    /// <summary>
    /// Runs the base case and each parameter at both ends. <paramref name="parameters"/> null means every tunable.
    /// <paramref name="targetId"/> null means the scenario's first target.
    /// </summary>
    public static async Task<SensitivityResult> RunAsync(
        ISimulationRunner runner, LabelledRun column, string? targetId = null, IReadOnlyList<ParameterRange>? parameters = null,
        AnalysisSettings? settings = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        parameters ??= ParameterRange.AllTunables(column);
        var (runs, first) = await AnalysisRunner.CreateAsync(runner, column, settings ?? new AnalysisSettings(), cancellationToken).ConfigureAwait(false);
        var columns = new List<LabelledRun> { column };
        foreach (var p in parameters)
        {
            columns.Add(column.With(new OverrideDefinition(p.Path, ParameterRange.ValueText(p.Low))));
            columns.Add(column.With(new OverrideDefinition(p.Path, ParameterRange.ValueText(p.High))));
        }
        var outcomes = await runs.RunAllAsync(columns, first, cancellationToken).ConfigureAwait(false);
        var target = TargetLookup.Find(outcomes[0], targetId);
        var (baseProbability, baseP50) = TargetLookup.Measure(outcomes[0], target.Id);

        var bars = new List<TornadoBar>();
        for (var i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            var (lowProbability, lowP50) = TargetLookup.Measure(outcomes[1 + 2 * i], target.Id);
            var (highProbability, highP50) = TargetLookup.Measure(outcomes[2 + 2 * i], target.Id);
            bars.Add(new TornadoBar(0, p.Path, p.Label, p.LabelZh, p.FromTunable, p.Current, p.Low, p.High,
                lowProbability, highProbability, lowP50, highP50)
            {
                EssAtLow = outcomes[1 + 2 * i].Result.Conditioning?.Ess,
                EssAtHigh = outcomes[2 + 2 * i].Result.Conditioning?.Ess,
            });
        }
        var ranked = bars
            .OrderByDescending(b => Math.Abs(b.ProbabilityEffect))
            .ThenByDescending(b => Math.Abs(b.P50Effect))
            .Select((b, i) => b with { Rank = i + 1 })
            .ToList();
        return new SensitivityResult(target.Id, target.Name, target.Metric, target.Year, runs.Trials, runs.Seed,
            baseProbability, baseP50, ranked, runs.RunsUsed, clock.Elapsed.TotalSeconds)
        {
            Overrides = RunOverride.Of(outcomes[0].Scenario.Definition, column.Request.LoadOptions.Set),
            Conditioning = runs.Conditioning,
        };
    }
}
