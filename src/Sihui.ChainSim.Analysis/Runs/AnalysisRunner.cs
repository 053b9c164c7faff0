using Sihui.ChainSim.Contracts;

namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>Runs columns on any <see cref="ISimulationRunner"/> with one seed and one trial count, so runs share their random numbers.</summary>
public sealed class AnalysisRunner
{
    private readonly ISimulationRunner _runner;
    private readonly int _parallel;

    private AnalysisRunner(ISimulationRunner runner, int trials, ulong seed, int? until, int parallel)
    {
        _runner = runner;
        Trials = trials;
        Seed = seed;
        Until = until;
        _parallel = parallel;
    }

    public int Trials { get; }
    public ulong Seed { get; }
    public int? Until { get; }

    /// <summary>How many runs may be in flight at once.</summary>
    public int Parallelism => _parallel;

    /// <summary>Runs done so far.</summary>
    public int RunsUsed => _runsUsed;
    private int _runsUsed;

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
        return new AnalysisRunner(runner, trials.Value, seed.Value, settings.Until, Math.Max(1, settings.MaxParallelRuns));
    }

    public RunRequest Request(LabelledRun column) => new()
    {
        ScenarioText = column.Request.ScenarioText,
        FileName = column.Request.FileName,
        LoadOptions = column.Request.LoadOptions,
        Trials = Trials,
        Seed = Seed,
        Until = Until,
    };

    public async Task<RunOutcome> RunAsync(LabelledRun column, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _runsUsed);
        var request = Request(column);
        return await Task.Run(() => _runner.RunAsync(request, null, cancellationToken), cancellationToken).ConfigureAwait(false);
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
}
