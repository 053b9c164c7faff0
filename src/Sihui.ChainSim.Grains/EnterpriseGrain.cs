using Orleans.Placement;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Enterprises;

namespace Sihui.ChainSim.Grains;

/// <summary>
/// An enterprise of one run: holds its per-trial volume and steps it with the model's growth rule. It lives on the silo
/// of the park that first calls it, so a park's calls to its enterprises never cross silos.
/// </summary>
[PreferLocalPlacement]
public sealed class EnterpriseGrain(CompiledScenarioCache scenarios) : Grain, IEnterpriseGrain
{
    private EnterpriseState? _state;
    private int _nextYear;
    private int _lastYear;

    public async Task<EnterpriseYearsOutput> StepYearsAsync(EnterpriseYearsInput input)
    {
        var years = input.PriceIndex.Length;
        await PrepareAsync(input.FirstYear, years);
        var economy = new EnterpriseEconomy[years];
        for (var y = 0; y < years; y++)
        {
            economy[y] = new EnterpriseEconomy(input.FirstYear + y, input.IndustryShock[y], input.MacroShock[y], input.PriceIndex[y]);
        }
        var stepped = ParkYearStep.StepEnterpriseYears(_state!, economy, input.Summarize, TrialArrayPool.Shared);
        await ReleaseAfterLastYearAsync(input.FirstYear + years - 1);
        return new EnterpriseYearsOutput(stepped.Values, stepped.Summaries);
    }

    public Task ReleaseAsync()
    {
        _state = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private async Task PrepareAsync(int firstYear, int years)
    {
        _state ??= await CreateStateAsync();
        // A grain that came back on another silo starts again at the base year; it must not answer for a later one.
        GrainStateLostException.ThrowIfNotExpected($"enterprise {this.GetPrimaryKeyString()}", _nextYear, firstYear);
        _nextYear = firstYear + years;
    }

    // The run's last year: free the memory now rather than wait for a release call.
    private async Task ReleaseAfterLastYearAsync(int lastYearStepped)
    {
        if (lastYearStepped == _lastYear)
        {
            await ReleaseAsync();
        }
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
