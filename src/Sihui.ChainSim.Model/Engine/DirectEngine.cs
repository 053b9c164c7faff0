using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Model.Engine;

/// <summary>Runs a scenario with the direct engine: the plain model, in-process, without grains.</summary>
public static class DirectEngine
{
    public static async Task<SimulationResult> RunAsync(CompiledScenario scenario, IProgress<int>? yearsDone = null, CancellationToken cancellationToken = default)
    {
        using var stepper = new DirectParkStepper(scenario);
        return await SimulationDriver.RunAsync(scenario, stepper, yearsDone, cancellationToken).ConfigureAwait(false);
    }
}
