namespace Sihui.ChainSim.Reports.Json;

/// <summary>run.json's timings in seconds: the simulation (with load, compile and silo start) and the whole command.</summary>
public sealed record RunSecondsJson(double Simulate, double Total);
