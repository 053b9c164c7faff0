using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Enterprises;
using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Engine;

/// <summary>
/// The direct engine: parks and enterprises as plain objects in this process, stepped in parallel on the thread pool.
/// It is the reference the Orleans engine must match, and the baseline benchmarks compare against.
/// </summary>
public sealed class DirectParkStepper : IParkStepper
{
    private readonly CompiledScenario _scenario;
    private readonly ParkState[] _parks;
    private readonly EnterpriseState[] _enterprises;

    public DirectParkStepper(CompiledScenario scenario)
    {
        _scenario = scenario;
        _parks = scenario.Parks.Select(p => new ParkState(scenario, p)).ToArray();
        _enterprises = scenario.Enterprises.Select(e => new EnterpriseState(e, scenario.Trials, scenario.Seed)).ToArray();
    }

    public Task<ParkYearOutcome> StepAsync(int parkIndex, EconomyYear economy, CancellationToken cancellationToken) =>
        Task.Run(() => Step(parkIndex, economy, cancellationToken), cancellationToken);

    private ParkYearOutcome Step(int parkIndex, EconomyYear economy, CancellationToken cancellationToken)
    {
        var park = _parks[parkIndex];
        var indices = park.Plan.EnterpriseIndices;
        var enterprises = new (double[] Value, MetricSummary Summary)[indices.Count];
        Parallel.For(0, indices.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => enterprises[i] = ParkYearStep.StepEnterprise(_enterprises[indices[i]], economy));
        return ParkYearStep.Finish(park, economy, enterprises, _scenario.WatchedEnterprises);
    }
}
