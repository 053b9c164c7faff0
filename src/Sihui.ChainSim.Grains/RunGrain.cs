using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Grains;

/// <summary>A simulation run: steps the simulated years over its park grains in the background, and reports progress.</summary>
public sealed class RunGrain(CompiledScenarioCache scenarios) : Grain, IRunGrain
{
    private RunSpec? _spec;
    private RunPhase _phase = RunPhase.NotStarted;
    private int _yearsDone;
    private int _yearCount;
    private SimulationResult? _result;
    private string? _error;
    private CancellationTokenSource? _cancellation;

    public Task StartAsync(RunSpec spec)
    {
        if (_phase != RunPhase.NotStarted)
        {
            throw new InvalidOperationException($"run {this.GetPrimaryKeyString()} was already started");
        }
        _spec = spec;
        _phase = RunPhase.Running;
        _cancellation = new CancellationTokenSource();
        _ = RunInBackgroundAsync(spec, _cancellation.Token);
        return Task.CompletedTask;
    }

    public Task<RunStatus> GetStatusAsync()
    {
        var status = new RunStatus(_phase, _yearsDone, _yearCount, _result, _error);
        if (_phase is RunPhase.Finished or RunPhase.Failed or RunPhase.Cancelled)
        {
            // The client has what it came for; let the activation go.
            DeactivateOnIdle();
        }
        return Task.FromResult(status);
    }

    public Task<RunSpec> GetSpecAsync() =>
        Task.FromResult(_spec ?? throw new InvalidOperationException($"run {this.GetPrimaryKeyString()} has not started"));

    public Task CancelAsync()
    {
        _cancellation?.Cancel();
        return Task.CompletedTask;
    }

    private async Task RunInBackgroundAsync(RunSpec spec, CancellationToken cancellationToken)
    {
        var runId = this.GetPrimaryKeyString();
        CompiledScenario? scenario = null;
        try
        {
            scenario = CompiledScenarioCache.Compile(spec);
            _yearCount = scenario.YearCount;
            var progress = new YearsDoneProgress(years => _yearsDone = years);
            _result = await SimulationDriver.RunAsync(scenario, new GrainParkStepper(GrainFactory, runId), progress, cancellationToken);
            _phase = RunPhase.Finished;
        }
        catch (OperationCanceledException)
        {
            _phase = RunPhase.Cancelled;
        }
        catch (ScenarioValidationException e)
        {
            (_phase, _error) = (RunPhase.Failed, e.Message);
        }
        catch (Exception e)
        {
            (_phase, _error) = (RunPhase.Failed, $"{e.GetType().Name}: {e.Message}");
        }
        if (scenario is not null)
        {
            await ReleaseParksAsync(runId, scenario);
        }
        scenarios.Remove(runId);
    }

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
