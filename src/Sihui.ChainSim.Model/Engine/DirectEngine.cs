using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Model.Engine;

/// <summary>Runs a scenario with the direct engine: the plain model, in-process, without grains.</summary>
public static class DirectEngine
{
    public static Task<SimulationResult> RunAsync(CompiledScenario scenario, IProgress<int>? yearsDone = null, CancellationToken cancellationToken = default) =>
        SimulationDriver.RunAsync(scenario, new DirectParkStepper(scenario), yearsDone, cancellationToken);
}
