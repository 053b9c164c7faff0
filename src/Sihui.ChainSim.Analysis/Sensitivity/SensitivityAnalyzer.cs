using System.Diagnostics;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Sensitivity;

/// <summary>One-at-a-time sensitivity: each parameter at its low and high value, with common random numbers, on any engine.</summary>
public static class SensitivityAnalyzer
{
    /// <summary>Trials per run unless asked otherwise: a tornado takes 1 + 2 × parameters runs, so fewer than a single run's.</summary>
    public const int DefaultTrials = 2_000;

    /// <summary>
    /// Runs the base case and each parameter at both ends. <paramref name="parameters"/> null means every tunable.
    /// <paramref name="targetId"/> null means the scenario's first target.
    /// </summary>
    public static async Task<SensitivityResult> RunAsync(
        ISimulationRunner runner, LabelledRun column, string? targetId = null, IReadOnlyList<ParameterRange>? parameters = null,
        AnalysisSettings? settings = null, CancellationToken cancellationToken = default, Action<SensitivityBarFinished>? barFinished = null)
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
        IReadOnlyList<RunOutcome> outcomes = barFinished is null
            ? await runs.RunAllAsync(columns, first, cancellationToken).ConfigureAwait(false)
            : await RunReportingBarsAsync(runs, columns, first, parameters, targetId, barFinished, cancellationToken).ConfigureAwait(false);
        var target = TargetLookup.Find(outcomes[0], targetId);
        var (baseProbability, baseP50) = TargetLookup.Measure(outcomes[0], target.Id);

        var bars = new List<TornadoBar>();
        for (var i = 0; i < parameters.Count; i++)
        {
            bars.Add(Bar(parameters[i], outcomes[1 + 2 * i], outcomes[2 + 2 * i], target.Id));
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

    private static TornadoBar Bar(ParameterRange p, RunOutcome low, RunOutcome high, string targetId)
    {
        var (lowProbability, lowP50) = TargetLookup.Measure(low, targetId);
        var (highProbability, highP50) = TargetLookup.Measure(high, targetId);
        return new TornadoBar(0, p.Path, p.Label, p.LabelZh, p.FromTunable, p.Current, p.Low, p.High,
            lowProbability, highProbability, lowP50, highP50)
        {
            EssAtLow = low.Result.Conditioning?.Ess,
            EssAtHigh = high.Result.Conditioning?.Ess,
        };
    }

    /// <summary>
    /// The same runs as <see cref="AnalysisRunner.RunAllAsync(IReadOnlyList{LabelledRun}, RunOutcome?, CancellationToken)"/>,
    /// reporting each bar (unranked) as soon as the base case and both its ends have finished, so a page can draw it.
    /// </summary>
    private static async Task<IReadOnlyList<RunOutcome>> RunReportingBarsAsync(
        AnalysisRunner runs, List<LabelledRun> columns, RunOutcome? first, IReadOnlyList<ParameterRange> parameters, string? targetId,
        Action<SensitivityBarFinished> barFinished, CancellationToken cancellationToken)
    {
        var outcomes = new RunOutcome?[columns.Count];
        var reported = new bool[parameters.Count];
        var done = 0;
        string? target = null;
        var gate = new object();
        void Finished(int index, RunOutcome outcome)
        {
            lock (gate)
            {
                outcomes[index] = outcome;
                if (outcomes[0] is not { } baseCase)
                {
                    return;
                }
                target ??= TargetLookup.Find(baseCase, targetId).Id;
                var (baseProbability, baseP50) = TargetLookup.Measure(baseCase, target);
                for (var i = 0; i < parameters.Count; i++)
                {
                    if (!reported[i] && outcomes[1 + 2 * i] is { } low && outcomes[2 + 2 * i] is { } high)
                    {
                        reported[i] = true;
                        barFinished(new SensitivityBarFinished(Bar(parameters[i], low, high, target), ++done, parameters.Count, baseProbability, baseP50));
                    }
                }
            }
        }
        var start = 0;
        if (first is not null)
        {
            Finished(0, first);
            start = 1;
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = runs.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(start, columns.Count - start), options, async (i, ct) =>
            Finished(i, await runs.RunAsync(columns[i], ct).ConfigureAwait(false))).ConfigureAwait(false);
        return outcomes.Select(o => o!).ToArray();
    }
}
