using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Grains;

/// <summary>A run's state: what storage keeps while it runs (the phase), and the outcome the grain holds in memory after.</summary>
[GenerateSerializer, Alias("RunState")]
public sealed class RunState
{
    [Id(1)] public RunPhase Phase { get; set; } = RunPhase.NotStarted;
    [Id(2)] public int YearCount { get; set; }
    [Id(3)] public SimulationResult? Result { get; set; }
    [Id(4)] public string? Error { get; set; }
    [Id(5)] public bool ClusterFault { get; set; }

    /// <summary>The rows no trial explains, when that is why the run failed.</summary>
    [Id(6)] public ObservedRow[]? UnexplainedRows { get; set; }
}
