using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;

namespace Sihui.ChainSim.Grains;

/// <summary>A park in one run, keyed "runId/parkIndex": owns land, power and projects, and aggregates its enterprises.</summary>
[Alias("IParkGrain")]
public interface IParkGrain : IGrainWithStringKey
{
    [Alias("Step")]
    Task<ParkYearOutcome> StepAsync(ParkYearInput input);

    /// <summary>Frees the park's and its enterprises' memory once the run is over.</summary>
    [Alias("Release")]
    Task ReleaseAsync();
}

/// <summary>
/// One year for a park: the year's economy and, in the first year of a block, the economy of every year of the block
/// (this one first), over which the park steps its enterprises in one call each.
/// </summary>
[GenerateSerializer, Immutable, Alias("ParkYearInput")]
public sealed record ParkYearInput([property: Id(0)] EconomyYear Economy, [property: Id(1)] EconomyYear[]? Block);
