using Orleans.Placement;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Grains;

/// <summary>A park of one run: steps its enterprise grains, then its own land, power and project pipeline.</summary>
[RandomPlacement]
public sealed class ParkGrain(CompiledScenarioCache scenarios) : Grain, IParkGrain
{
    private CompiledScenario? _scenario;
    private ParkState? _state;
    private IEnterpriseGrain[] _enterprises = [];
    private int _nextYear;

    public async Task<ParkYearOutcome> StepAsync(EconomyYear economy)
    {
        if (_state is null)
        {
            await InitialiseAsync();
        }
        // A park that came back on another silo has lost its pipeline; carrying on would give wrong numbers.
        GrainStateLostException.ThrowIfNotExpected($"park {this.GetPrimaryKeyString()}", _nextYear, economy.Year);
        _nextYear = economy.Year + 1;
        var plan = _state!.Plan;
        var steps = new Task<EnterpriseYearOutput>[_enterprises.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            var industry = _scenario!.Enterprises[plan.EnterpriseIndices[i]].IndustryIndex;
            var input = new EnterpriseYearInput(economy.Year, economy.IndustryShock[industry], economy.MacroShock, economy.PriceIndex[industry]);
            steps[i] = _enterprises[i].StepAsync(input);
        }
        // WhenAll keeps the park's enterprise order, whatever order the grains answer in.
        var outputs = await Task.WhenAll(steps);
        var enterprises = outputs.Select(o => (o.Value, o.Summary)).ToArray();
        var outcome = ParkYearStep.Finish(_state, economy, enterprises, _scenario!.WatchedEnterprises);
        if (economy.Year == _scenario.EndYear)
        {
            // The run's last year: its enterprises have released themselves, and so does the park.
            _state = null;
            _enterprises = [];
            DeactivateOnIdle();
        }
        return outcome;
    }

    /// <summary>Frees a run's grains early when it stops before its last year (cancelled, or failed).</summary>
    public async Task ReleaseAsync()
    {
        await Task.WhenAll(_enterprises.Select(e => e.ReleaseAsync()));
        _state = null;
        _enterprises = [];
        DeactivateOnIdle();
    }

    private async Task InitialiseAsync()
    {
        var (runId, index) = GrainKeys.Parse(this.GetPrimaryKeyString());
        _scenario = await scenarios.GetAsync(runId);
        var plan = _scenario.Parks[index];
        _nextYear = _scenario.BaseYear + 1;
        _state = new ParkState(_scenario, plan);
        _enterprises = plan.EnterpriseIndices.Select(i => GrainFactory.GetGrain<IEnterpriseGrain>(GrainKeys.Enterprise(runId, i))).ToArray();
    }
}
