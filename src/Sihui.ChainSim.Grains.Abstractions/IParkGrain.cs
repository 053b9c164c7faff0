using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;

namespace Sihui.ChainSim.Grains;

/// <summary>A park in one run, keyed "runId/parkIndex": owns land, power and projects, and aggregates its enterprises.</summary>
[Alias("IParkGrain")]
public interface IParkGrain : IGrainWithStringKey
{
    [Alias("Step")]
    Task<ParkYearOutcome> StepAsync(EconomyYear economy);

    /// <summary>Frees the park's and its enterprises' memory once the run is over.</summary>
    [Alias("Release")]
    Task ReleaseAsync();
}
