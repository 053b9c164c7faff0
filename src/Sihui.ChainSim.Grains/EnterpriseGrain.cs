using Orleans.Placement;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Enterprises;

namespace Sihui.ChainSim.Grains;

/// <summary>An enterprise of one run: holds its per-trial volume and steps it with the model's growth rule.</summary>
[RandomPlacement]
public sealed class EnterpriseGrain(CompiledScenarioCache scenarios) : Grain, IEnterpriseGrain
{
    private EnterpriseState? _state;
    private int _nextYear;
    private int _lastYear;

    public async Task<EnterpriseYearOutput> StepAsync(EnterpriseYearInput input)
    {
        _state ??= await CreateStateAsync();
        // A grain that came back on another silo starts again at the base year; it must not answer for a later one.
        GrainStateLostException.ThrowIfNotExpected($"enterprise {this.GetPrimaryKeyString()}", _nextYear, input.Year);
        _nextYear = input.Year + 1;
        var (value, summary) = ParkYearStep.StepEnterprise(_state, input.Year, input.IndustryShock, input.MacroShock, input.PriceIndex);
        if (input.Year == _lastYear)
        {
            // The run's last year: free the memory now rather than wait for a release call.
            await ReleaseAsync();
        }
        return new EnterpriseYearOutput(value, summary);
    }

    public Task ReleaseAsync()
    {
        _state = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private async Task<EnterpriseState> CreateStateAsync()
    {
        var (runId, index) = GrainKeys.Parse(this.GetPrimaryKeyString());
        var scenario = await scenarios.GetAsync(runId);
        _nextYear = scenario.BaseYear + 1;
        _lastYear = scenario.EndYear;
        return new EnterpriseState(scenario.Enterprises[index], scenario.Trials, scenario.Seed);
    }
}
