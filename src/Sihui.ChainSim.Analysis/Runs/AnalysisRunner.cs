using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Nowcast;

namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>Runs columns on any <see cref="ISimulationRunner"/> with one seed and one trial count, so runs share their random numbers.</summary>
public sealed class AnalysisRunner
{
    private readonly ISimulationRunner _runner;
    private readonly int _parallel;
    private readonly AnalysisSettings _settings;

    private AnalysisRunner(ISimulationRunner runner, int trials, ulong seed, AnalysisSettings settings)
    {
        _runner = runner;
        Trials = trials;
        Seed = seed;
        _settings = settings;
        _parallel = Math.Max(1, settings.MaxParallelRuns);
    }

    public int Trials { get; }
    public ulong Seed { get; }
    public int? Until => _settings.Until;

    /// <summary>How many runs may be in flight at once.</summary>
    public int Parallelism => _parallel;

    /// <summary>Runs done so far.</summary>
    public int RunsUsed => _runsUsed;
    private int _runsUsed;

    /// <summary>Set when the runs are conditioned on observations: the rows and the baseline's ESS (see <see cref="CreateAsync"/>).</summary>
    public AnalysisConditioning? Conditioning { get; private init; }

    /// <summary>Fixes trials and seed from the settings, else from <paramref name="first"/>'s scenario (after its variant and overrides).</summary>
    public static AnalysisRunner Create(ISimulationRunner runner, LabelledRun first, AnalysisSettings settings)
    {
        var trials = settings.Trials;
        var seed = settings.Seed;
        if (trials is null || seed is null)
        {
            var definition = ScenarioCompiler.Load(first.Request);
            trials ??= definition.Trials;
            seed ??= definition.Seed;
        }
        return new AnalysisRunner(runner, trials.Value, seed.Value, settings);
    }

    /// <summary>
    /// As <see cref="Create"/>; when the runs are conditioned on observations (<c>--observed</c>, or the scenario's own
    /// list), first runs <paramref name="first"/> as a nowcast does, drawing more trials until its ESS reaches the minimum
    /// (or the maximum trials), and fixes that trial count for every later run, so all runs keep common random numbers.
    /// Returns that first run for the caller to use as its first column; null when nothing is observed.
    /// </summary>
    public static async Task<(AnalysisRunner Runs, RunOutcome? First)> CreateAsync(
        ISimulationRunner runner, LabelledRun first, AnalysisSettings settings, CancellationToken cancellationToken = default)
    {
        var runs = Create(runner, first, settings);
        if (!settings.HasObservationsFile && ScenarioCompiler.Load(first.Request).Observations.Count == 0)
        {
            return (runs, null);
        }
        var request = runs.Request(first) with { MinEss = settings.MinEss, MaxTrials = settings.MaxTrials };
        var counted = new CountedRunner(runner);
        var outcome = await Described(first, () =>
            Task.Run(() => NowcastRuns.RunAsync(counted, request, null, cancellationToken), cancellationToken)).ConfigureAwait(false);
        var conditioning = AnalysisConditioning.Of(outcome, NowcastRuns.MinEss(request), NowcastRuns.MaxTrials(request, runs.Trials));
        var fixedRuns = new AnalysisRunner(runner, outcome.Scenario.Trials, runs.Seed, settings) { Conditioning = conditioning };
        fixedRuns._runsUsed = counted.Runs;
        return (fixedRuns, outcome);
    }

    public RunRequest Request(LabelledRun column) => new()
    {
        ScenarioText = column.Request.ScenarioText,
        FileName = column.Request.FileName,
        LoadOptions = column.Request.LoadOptions,
        Trials = Trials,
        Seed = Seed,
        Until = Until,
        ObservationsCsv = _settings.ObservationsCsv,
        ObservationsXlsx = _settings.ObservationsXlsx,
        ObservationsFile = _settings.ObservationsFile,
        // Analyses show targets, totals and industries, never an enterprise's yearly summary.
        EnterpriseSummaries = false,
        Percentiles = false,
    };

    public async Task<RunOutcome> RunAsync(LabelledRun column, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _runsUsed);
        var request = Request(column);
        return await Described(column, () => Task.Run(() => _runner.RunAsync(request, null, cancellationToken), cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Runs every column, at most the configured number at once; results come back in column order.</summary>
    public async Task<IReadOnlyList<RunOutcome>> RunAllAsync(IReadOnlyList<LabelledRun> columns, CancellationToken cancellationToken = default)
    {
        var outcomes = new RunOutcome[columns.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _parallel, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, columns.Count), options, async (i, ct) =>
            outcomes[i] = await RunAsync(columns[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>
    /// Runs every column, reusing <paramref name="first"/> (from <see cref="CreateAsync"/>) as the first column's run
    /// when there is one; results come back in column order.
    /// </summary>
    public async Task<IReadOnlyList<RunOutcome>> RunAllAsync(
        IReadOnlyList<LabelledRun> columns, RunOutcome? first, CancellationToken cancellationToken = default)
    {
        if (first is null)
        {
            return await RunAllAsync(columns, cancellationToken).ConfigureAwait(false);
        }
        var rest = await RunAllAsync([.. columns.Skip(1)], cancellationToken).ConfigureAwait(false);
        return [first, .. rest];
    }

    // Observations no trial explains in one column of many: say which column (and which values it changed).
    private static async Task<RunOutcome> Described(LabelledRun column, Func<Task<RunOutcome>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (ObservationsUnexplainedException e)
        {
            var set = column.Request.LoadOptions.Set;
            var changed = set.Count == 0 ? "" : " with " + string.Join(", ", set.Select(o => $"{o.Path}={o.Value}"));
            throw new ObservationsUnexplainedException(e.Rows, $"{column.Label}{changed}: {e.Message}");
        }
    }

    /// <summary>Counts the engine runs a nowcast's extra draws take.</summary>
    private sealed class CountedRunner(ISimulationRunner inner) : ISimulationRunner
    {
        private int _runs;

        public int Runs => _runs;

        public Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _runs);
            return inner.RunAsync(request, progress, cancellationToken);
        }
    }
}
