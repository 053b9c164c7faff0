namespace Sihui.ChainSim.Contracts;

/// <summary>A run that could not finish, with a message fit for the user.</summary>
public sealed class SimulationFailedException(string message) : Exception(message);
