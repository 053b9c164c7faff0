using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Grains;

/// <summary>
/// A simulation run: steps the simulated years over its park grains in the background, and reports progress.
/// Storage holds only a "running" marker, so a run whose silo died says so instead of looking as if it never
/// started; the client then replays it. The request and the result stay in memory: writing a large result to storage
/// cost more than the run itself, and a lost result is recovered by the same replay. The marker goes as soon as the
/// run is over here. A client that stops polling for <see cref="ClientSilenceLimit"/> is taken to be gone: its run is
/// cancelled and its grains released, and an outcome nobody collects is dropped.
/// </summary>
public sealed class RunGrain(
    CompiledScenarioCache scenarios,
    TimeProvider clock,
    ILogger<RunGrain> logger,
    [PersistentState("run", GrainStorageNames.Runs)] IPersistentState<RunState> stored) : Grain, IRunGrain
{
    /// <summary>A waiting client polls at least once a second; this long without a word from it means it is gone.</summary>
    public static readonly TimeSpan ClientSilenceLimit = TimeSpan.FromSeconds(12);
    private static readonly TimeSpan SilenceCheckInterval = TimeSpan.FromSeconds(1);

    private int _yearsDone;
    private DateTimeOffset _lastHeard;
    private DateTimeOffset _lastCheck;
    private bool _abandoned;
    private TaskCompletionSource _changed = NewSignal();
    private bool _runningHere;
    private CancellationTokenSource? _cancellation;

    private RunRequest? _request;
    private RunState? _outcome;

    /// <summary>The outcome once the run is over here, else the stored marker.</summary>
    private RunState State => _outcome ?? stored.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _lastHeard = _lastCheck = clock.GetUtcNow();
        this.RegisterGrainTimer(CheckClientAsync, SilenceCheckInterval, SilenceCheckInterval);
        return base.OnActivateAsync(cancellationToken);
    }

    public async Task StartAsync(Immutable<RunRequest> immutableRequest)
    {
        var request = immutableRequest.Value;
        Heard();
        if (State.Phase != RunPhase.NotStarted)
        {
            throw new InvalidOperationException($"run {this.GetPrimaryKeyString()} was already started");
        }
        _request = request;
        stored.State = new RunState { Phase = RunPhase.Running };
        await stored.WriteStateAsync();
        _runningHere = true;
        _cancellation = new CancellationTokenSource();
        _ = RunInBackgroundAsync(request, _cancellation.Token);
    }

    public Task<RunStatus> GetStatusAsync()
    {
        Heard();
        if (State.Phase == RunPhase.Running && !_runningHere)
        {
            // Stored as running, yet no loop runs in this activation: the silo that ran it is gone.
            return Task.FromResult(new RunStatus(
                RunPhase.Failed, 0, State.YearCount, null, "the silo running this run was lost", ClusterFault: true));
        }
        var status = new RunStatus(State.Phase, _yearsDone, State.YearCount, State.Result, State.Error, State.ClusterFault)
        {
            UnexplainedRows = State.UnexplainedRows,
        };
        if (State.Phase is RunPhase.Finished or RunPhase.Failed or RunPhase.Cancelled)
        {
            // The client has what it came for; let the activation go (the outcome stays stored until forgotten).
            DeactivateOnIdle();
        }
        return Task.FromResult(status);
    }

    public async Task<RunStatus> WaitForStatusAsync(int yearsSeen, TimeSpan maxWait)
    {
        Heard();
        // Taken before the check, so a change between the check and the wait is not missed.
        var changed = _changed.Task;
        if (_runningHere && State.Phase == RunPhase.Running && Volatile.Read(ref _yearsDone) <= yearsSeen)
        {
            await Task.WhenAny(changed, Task.Delay(maxWait));
        }
        return await GetStatusAsync();
    }

    public Task<Immutable<RunRequest>> GetRequestAsync() =>
        Task.FromResult((_request ?? throw new InvalidOperationException($"run {this.GetPrimaryKeyString()} has no request")).AsImmutable());

    public Task CancelAsync()
    {
        // The client that cancels will not come back for the outcome.
        _abandoned = true;
        _cancellation?.Cancel();
        return Task.CompletedTask;
    }

    public async Task ForgetAsync()
    {
        if (!_runningHere || State.Phase != RunPhase.Running)
        {
            await ClearMarkerAsync();
        }
        DeactivateOnIdle();
    }

    private void Heard() => _lastHeard = clock.GetUtcNow();

    private async Task CheckClientAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var late = now - _lastCheck - SilenceCheckInterval;
        _lastCheck = now;
        if (late > SilenceCheckInterval)
        {
            // This check itself came late: the silo was starved, and the client's polls may be queued behind the same
            // backlog. Do not count that time against the client.
            _lastHeard += late;
        }
        var silence = now - _lastHeard;
        if (silence <= ClientSilenceLimit || _abandoned && _runningHere)
        {
            return;
        }
        _abandoned = true;
        if (_runningHere)
        {
            logger.LogWarning("run {RunId} cancelled: its client has not polled for {Seconds:F0} s", this.GetPrimaryKeyString(), silence.TotalSeconds);
            _cancellation?.Cancel();
            return;
        }
        // Over, or a marker left by a lost silo, and nobody asks: drop it.
        await ClearMarkerAsync();
        DeactivateOnIdle();
    }

    /// <summary>Removes the stored marker; Redis may have lost it already (restarted empty), which is fine.</summary>
    private async Task ClearMarkerAsync()
    {
        if (!stored.RecordExists)
        {
            return;
        }
        try
        {
            await stored.ClearStateAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogDebug(e, "run {RunId}: its marker could not be removed; it expires by itself", this.GetPrimaryKeyString());
        }
    }

    private async Task RunInBackgroundAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var runId = this.GetPrimaryKeyString();
        var outcome = new RunState();
        CompiledScenario? scenario = null;
        try
        {
            scenario = await scenarios.GetAsync(runId, request);
            stored.State.YearCount = outcome.YearCount = scenario.YearCount;
            var progress = new YearsDoneProgress(years =>
            {
                Volatile.Write(ref _yearsDone, years);
                Signal();
            });
            outcome.Result = await SimulationDriver.RunAsync(scenario, new GrainParkStepper(GrainFactory, runId), progress, cancellationToken);
            outcome.Phase = RunPhase.Finished;
        }
        catch (OperationCanceledException)
        {
            outcome.Phase = RunPhase.Cancelled;
        }
        catch (ScenarioValidationException e)
        {
            (outcome.Phase, outcome.Error) = (RunPhase.Failed, e.Message);
        }
        catch (ObservationsUnexplainedException e)
        {
            // Bad input, not a fault: the client raises it again, with the rows.
            (outcome.Phase, outcome.Error, outcome.UnexplainedRows) = (RunPhase.Failed, e.Message, [.. e.Rows]);
        }
        catch (Exception e)
        {
            (outcome.Phase, outcome.Error, outcome.ClusterFault) = (RunPhase.Failed, $"{e.GetType().Name}: {e.Message}", ClusterFaults.IsClusterFault(e));
        }
        // A finished run's grains released themselves after the last year. Others are released before the client
        // is told: once it has the outcome it forgets the run, and this activation may be gone before a later release.
        if (scenario is not null && outcome.Phase != RunPhase.Finished)
        {
            await ReleaseParksAsync(runId, scenario);
        }
        scenarios.Remove(runId);
        _outcome = outcome;
        _runningHere = false;
        Signal();
        // The outcome is in memory now; a marker saying "running" would only mislead.
        await ClearMarkerAsync();
        if (_abandoned)
        {
            DeactivateOnIdle();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes every waiting long poll; called from the run loop's threads as well as the grain's.</summary>
    private void Signal() => Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();

    private async Task ReleaseParksAsync(string runId, CompiledScenario scenario)
    {
        try
        {
            await Task.WhenAll(scenario.Parks.Select(p => GrainFactory.GetGrain<IParkGrain>(GrainKeys.Park(runId, p.Index)).ReleaseAsync()));
        }
        catch (Exception)
        {
            // Releasing only frees memory early; idle collection frees it anyway.
        }
    }

    private sealed class YearsDoneProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
