using Sihui.ChainSim.Contracts;

namespace Sihui.ChainSim.Runner;

/// <summary>
/// Which runner to build: configuration section <c>Runner</c> (<c>CHAINSIM__RUNNER__ENGINE</c>). With
/// <c>Cluster:Enabled</c> the runner is a client of that cluster instead of a silo in this process.
/// </summary>
public sealed class RunnerOptions
{
    public const string SectionName = "Runner";

    public EngineKind Engine { get; set; } = EngineKind.Orleans;
}
