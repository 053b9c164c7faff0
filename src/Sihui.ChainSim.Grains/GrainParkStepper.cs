using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;

namespace Sihui.ChainSim.Grains;

/// <summary>The Orleans engine's stepper: each park is a grain of the run, wherever the cluster placed it.</summary>
public sealed class GrainParkStepper(IGrainFactory grainFactory, string runId) : IParkStepper
{
    public Task<ParkYearOutcome> StepAsync(int parkIndex, EconomyYear economy, CancellationToken cancellationToken) =>
        grainFactory.GetGrain<IParkGrain>(GrainKeys.Park(runId, parkIndex)).StepAsync(economy);
}
