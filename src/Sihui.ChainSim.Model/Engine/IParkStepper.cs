using Sihui.ChainSim.Model.Economy;

namespace Sihui.ChainSim.Model.Engine;

/// <summary>Steps one park, with its enterprises and projects, by one year. Engines differ only in where this runs.</summary>
public interface IParkStepper
{
    Task<ParkYearOutcome> StepAsync(int parkIndex, EconomyYear economy, CancellationToken cancellationToken);
}
