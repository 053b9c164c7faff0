namespace Sihui.ChainSim.Runner.Engines;

/// <summary>An attempt at a run that a lost silo took down; the runner replays it under a new run id.</summary>
internal sealed class RunLostException(string message) : Exception(message);
