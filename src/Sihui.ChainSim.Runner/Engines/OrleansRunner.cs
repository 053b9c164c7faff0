using Sihui.ChainSim.Grains;
using Sihui.ChainSim.Model.Compilation;

namespace Sihui.ChainSim.Runner.Engines;

/// <summary>
/// Runs on the Orleans engine through any grain factory: an embedded silo's or a cluster client's.
/// The scenario is compiled here first, so a bad file is reported before any grain does work.
/// </summary>
public sealed class OrleansRunner(IGrainFactory grainFactory) : ISimulationRunner
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    public Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunCompiledAsync(request, ScenarioCompiler.Compile(request), progress, cancellationToken);

    /// <summary>Runs a request whose scenario the caller has already compiled (the silos compile their own copies).</summary>
    internal async Task<RunOutcome> RunCompiledAsync(
        RunRequest request, CompiledScenario scenario, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N");
        var run = grainFactory.GetGrain<IRunGrain>(runId);
        await run.StartAsync(ToSpec(request));
        var reported = 0;
        while (true)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                await run.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }
            var status = await run.GetStatusAsync();
            if (status.YearsDone > reported)
            {
                reported = status.YearsDone;
                progress?.Report(new RunProgress(reported, scenario.YearCount));
            }
            switch (status.Phase)
            {
                case RunPhase.Finished:
                    return new RunOutcome(scenario, status.Result!, EngineKind.Orleans);
                case RunPhase.Failed:
                    throw new SimulationFailedException($"the run failed on the silo: {status.Error}");
                case RunPhase.Cancelled:
                    throw new OperationCanceledException("the run was cancelled");
                case RunPhase.NotStarted:
                    throw new SimulationFailedException($"run {runId} was lost by the silo before it finished");
            }
            await Task.Delay(PollInterval, CancellationToken.None);
        }
    }

    private static RunSpec ToSpec(RunRequest request) => new(
        request.ScenarioText,
        request.FileName,
        request.LoadOptions.Variant,
        request.LoadOptions.Set.Select(s => new OverrideSpec(s.Path, s.Value)).ToArray(),
        request.Trials,
        request.Seed,
        request.Until);
}
