using Sihui.ChainSim.Model.Economy;

namespace Sihui.ChainSim.Model.Engine;

/// <summary>Steps one park, with its enterprises and projects, by one year. Engines differ only in where this runs.</summary>
public interface IParkStepper
{
    /// <summary>
    /// Told once, before the first year, the economy of every simulated year: it depends on no park, so the run draws
    /// it ahead, and a stepper may step enterprises over several years in one go. A stepper may ignore it.
    /// </summary>
    void Foresee(IReadOnlyList<EconomyYear> years)
    {
    }

    Task<ParkYearOutcome> StepAsync(int parkIndex, EconomyYear economy, CancellationToken cancellationToken);
}
