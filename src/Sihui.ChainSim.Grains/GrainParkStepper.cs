using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;

namespace Sihui.ChainSim.Grains;

/// <summary>
/// The Orleans engine's stepper: each park is a grain of the run, wherever the cluster placed it. With the economy
/// foreseen, the first year of each block of years carries the block's economy, and the park steps each enterprise
/// grain over the whole block in one call (docs/performance.md).
/// </summary>
/// <param name="trialYearsPerCall">
/// How many trial-years one enterprise call covers at most (at least one year): blocks of that many trial-years bound
/// the answers a park holds in flight, and how long a cancelled run goes on, whatever the trials.
/// </param>
public sealed class GrainParkStepper(IGrainFactory grainFactory, string runId, int trialYearsPerCall = GrainParkStepper.DefaultTrialYearsPerCall)
    : IParkStepper
{
    /// <summary>Five years at 1,000 trials, one year from 5,000 trials on (docs/performance.md).</summary>
    public const int DefaultTrialYearsPerCall = 5_000;

    private IReadOnlyList<EconomyYear> _path = [];

    public void Foresee(IReadOnlyList<EconomyYear> years) => _path = years;

    public Task<ParkYearOutcome> StepAsync(int parkIndex, EconomyYear economy, CancellationToken cancellationToken) =>
        grainFactory.GetGrain<IParkGrain>(GrainKeys.Park(runId, parkIndex)).StepAsync(new ParkYearInput(economy, BlockFrom(economy)));

    // The block this year starts, or null when it is inside one; unforeseen, every year is a block of its own.
    private EconomyYear[]? BlockFrom(EconomyYear economy)
    {
        var i = _path.Count == 0 ? -1 : economy.Year - _path[0].Year;
        if (i < 0 || i >= _path.Count || _path[i] != economy)
        {
            return [economy];
        }
        var trials = Math.Max(1, economy.MacroShock.Length);
        var size = Math.Clamp(trialYearsPerCall / trials, 1, _path.Count);
        return i % size == 0 ? [.. _path.Skip(i).Take(size)] : null;
    }
}
