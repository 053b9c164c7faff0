using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Contracts;

/// <summary>A finished run: the compiled scenario it ran and what it found.</summary>
public sealed record RunOutcome(CompiledScenario Scenario, SimulationResult Result, EngineKind Engine);
