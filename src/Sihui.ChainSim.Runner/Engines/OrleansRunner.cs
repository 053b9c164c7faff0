using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Concurrency;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Grains;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Runner.Engines;

/// <summary>
/// Runs on the Orleans engine through any grain factory: an embedded silo's or a cluster client's.
/// The scenario is compiled here first, so a bad file is reported before any grain does work. A run lost with a
/// silo is replayed from the start under a new run id: every draw is a function of (seed, entity, year, stream,
/// trial), so the replay gives the same numbers bit for bit. A runner whose silo is in this process passes
/// <paramref name="shareCompiled"/>, so the silo uses the scenario compiled here instead of compiling it again.
/// </summary>
public sealed class OrleansRunner(
    IGrainFactory grainFactory, RunRetryPolicy? policy = null, ILogger? logger = null, Action<string, CompiledScenario>? shareCompiled = null)
    : ISimulationRunner
{
    /// <summary>How long one long poll may wait on the run grain; it answers at once when the run moves.</summary>
    private static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FaultPollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>A status poll routed to a silo that just died may get no answer at all; do not wait the 30 s response timeout.</summary>
    private static readonly TimeSpan PollTimeout = LongPoll + TimeSpan.FromSeconds(3);
    private readonly RunRetryPolicy _policy = policy ?? RunRetryPolicy.None;
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunCompiledAsync(request, ScenarioCompiler.Compile(request), progress, cancellationToken);

    /// <summary>Runs a request whose scenario the caller has already compiled (the silos compile their own copies).</summary>
    internal async Task<RunOutcome> RunCompiledAsync(
        RunRequest request, CompiledScenario scenario, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_policy.Timeout is { } timeout)
        {
            limit.CancelAfter(timeout);
        }
        var reporter = new ForwardOnlyProgress(progress, scenario.YearCount);
        string? lastError = null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (attempt > 1)
                {
                    await Task.Delay(_policy.DelayBefore(attempt), limit.Token).ConfigureAwait(false);
                }
                var result = await RunOnceAsync(request, scenario, reporter, limit.Token).ConfigureAwait(false);
                return new RunOutcome(scenario, result, EngineKind.Orleans);
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new SimulationFailedException(
                    $"the cluster did not finish the run within {_policy.Timeout}" + (lastError is null ? "" : $"; last problem: {lastError}"));
            }
            catch (Exception e) when (e is RunLostException || ClusterFaults.IsClusterFault(e))
            {
                lastError = e.Message;
                if (attempt >= _policy.MaxAttempts)
                {
                    throw new SimulationFailedException(
                        $"the run was lost {attempt} {(attempt == 1 ? "time" : "times")} with a silo and was not finished: {e.Message}");
                }
                _logger.LogWarning("a silo was lost during the run ({Error}); replaying it, attempt {Attempt} of {MaxAttempts}",
                    e.Message, attempt + 1, _policy.MaxAttempts);
            }
        }
    }

    private async Task<SimulationResult> RunOnceAsync(
        RunRequest request, CompiledScenario scenario, ForwardOnlyProgress progress, CancellationToken cancellationToken)
    {
        if (_policy.WaitForMembership)
        {
            await MembershipSettling.WaitAsync(grainFactory, _policy.UnreachableTimeout, cancellationToken).ConfigureAwait(false);
        }
        var runId = Guid.NewGuid().ToString("N");
        shareCompiled?.Invoke(runId, scenario);
        var run = grainFactory.GetGrain<IRunGrain>(runId);
        try
        {
            await run.StartAsync(request.AsImmutable()).WaitAsync(cancellationToken).ConfigureAwait(false);
            return await FollowAsync(run, runId, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled here (Ctrl-C, SIGTERM, the run timeout): cancel it on the silos too, wherever we were.
            await CancelQuietlyAsync(run).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Long-polls the run until it is over, riding out a silo that is gone until membership says so.</summary>
    private async Task<SimulationResult> FollowAsync(IRunGrain run, string runId, ForwardOnlyProgress progress, CancellationToken cancellationToken)
    {
        DateTime? silentSince = null;
        var yearsSeen = 0;
        while (true)
        {
            RunStatus status;
            try
            {
                status = await run.WaitForStatusAsync(yearsSeen, LongPoll).WaitAsync(PollTimeout, cancellationToken).ConfigureAwait(false);
                silentSince = null;
            }
            catch (Exception e) when (ClusterFaults.IsClusterFault(e) && !cancellationToken.IsCancellationRequested)
            {
                // The run's silo (or our gateway) is gone. Keep asking: once membership declares it dead, the run
                // grain comes back elsewhere and says whether its result was stored or the run must be replayed.
                silentSince ??= DateTime.UtcNow;
                if (DateTime.UtcNow - silentSince > _policy.UnreachableTimeout)
                {
                    throw new RunLostException($"run {runId} did not answer for {_policy.UnreachableTimeout}: {e.Message}");
                }
                await Task.Delay(FaultPollInterval, cancellationToken).ConfigureAwait(false);
                continue;
            }
            yearsSeen = status.YearsDone;
            progress.Report(status.YearsDone);
            switch (status.Phase)
            {
                case RunPhase.Finished:
                    await ForgetQuietlyAsync(run).ConfigureAwait(false);
                    return status.Result!;
                case RunPhase.Failed when status.ClusterFault:
                    await ForgetQuietlyAsync(run).ConfigureAwait(false);
                    throw new RunLostException(status.Error ?? $"run {runId} lost a silo");
                case RunPhase.Failed when status.UnexplainedRows is { } rows:
                    await ForgetQuietlyAsync(run).ConfigureAwait(false);
                    throw new ObservationsUnexplainedException(rows, status.Error ?? ObservationsUnexplainedException.MessageStart);
                case RunPhase.Failed:
                    await ForgetQuietlyAsync(run).ConfigureAwait(false);
                    throw new SimulationFailedException($"the run failed on the silo: {status.Error}");
                case RunPhase.Cancelled:
                    await ForgetQuietlyAsync(run).ConfigureAwait(false);
                    throw new OperationCanceledException("the run was cancelled");
                case RunPhase.NotStarted:
                    throw new RunLostException($"run {runId} was lost by its silo before it finished");
            }
        }
    }

    private static async Task CancelQuietlyAsync(IRunGrain run)
    {
        try
        {
            await run.CancelAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Best effort: a run nobody waits for stops doing work at its next year anyway once its grains go idle.
        }
    }

    private static async Task ForgetQuietlyAsync(IRunGrain run)
    {
        try
        {
            await run.ForgetAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The stored outcome is small; leaving it behind costs a little Redis memory, not a wrong answer.
        }
    }

    /// <summary>Reports years done, never going back when a replay starts again from the first year.</summary>
    private sealed class ForwardOnlyProgress(IProgress<RunProgress>? target, int yearCount)
    {
        private int _reported;

        public void Report(int yearsDone)
        {
            if (yearsDone > _reported)
            {
                _reported = yearsDone;
                target?.Report(new RunProgress(yearsDone, yearCount));
            }
        }
    }
}
