namespace Sihui.ChainSim.Contracts;

/// <summary>How far a run is: simulated years done out of the run's years.</summary>
public readonly record struct RunProgress(int YearsDone, int YearCount);
