using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Grains;

/// <summary>A run grain's stored state: its spec while it runs, then its outcome, so either outlives the silo.</summary>
[GenerateSerializer, Alias("RunState")]
public sealed class RunState
{
    [Id(0)] public RunSpec? Spec { get; set; }
    [Id(1)] public RunPhase Phase { get; set; } = RunPhase.NotStarted;
    [Id(2)] public int YearCount { get; set; }
    [Id(3)] public SimulationResult? Result { get; set; }
    [Id(4)] public string? Error { get; set; }
    [Id(5)] public bool ClusterFault { get; set; }
}
