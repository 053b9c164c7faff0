using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;

namespace Sihui.ChainSim.Grains;

/// <summary>
/// The Orleans engine's stepper: each park is a grain of the run, wherever the cluster placed it. With the economy
/// foreseen, the first year of each block of <paramref name="blockYears"/> years carries the block's economy, and the
/// park steps each enterprise grain over the whole block in one call (docs/performance.md).
/// </summary>
public sealed class GrainParkStepper(IGrainFactory grainFactory, string runId, int blockYears = GrainParkStepper.AllYears) : IParkStepper
{
    /// <summary>One block for the whole run: one call per enterprise.</summary>
    public const int AllYears = int.MaxValue;

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
        var size = (int)Math.Min(blockYears, (long)_path.Count);
        return i % size == 0 ? [.. _path.Skip(i).Take(size)] : null;
    }
}
