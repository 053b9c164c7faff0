using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Grains;

/// <summary>
/// Where a run stands: years done, and its result or error once finished. <see cref="ClusterFault"/> says a failure
/// came from a lost silo rather than from the scenario, so replaying the run can succeed.
/// </summary>
[GenerateSerializer, Immutable, Alias("RunStatus")]
public sealed record RunStatus(
    [property: Id(0)] RunPhase Phase,
    [property: Id(1)] int YearsDone,
    [property: Id(2)] int YearCount,
    [property: Id(3)] SimulationResult? Result,
    [property: Id(4)] string? Error,
    [property: Id(5)] bool ClusterFault = false)
{
    /// <summary>Set when the run failed because no trial explains the observations: the rows to name.</summary>
    [Id(6)] public ObservedRow[]? UnexplainedRows { get; init; }
}

/// <summary>The life of a run grain.</summary>
[GenerateSerializer, Alias("RunPhase")]
public enum RunPhase
{
    NotStarted,
    Running,
    Finished,
    Failed,
    Cancelled,
}
