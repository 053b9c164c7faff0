using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Engine;

namespace Sihui.ChainSim.Runner.Engines;

/// <summary>Runs on the direct engine: the model's plain objects, in this process.</summary>
public sealed class DirectRunner : ISimulationRunner
{
    public async Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var scenario = ScenarioCompiler.Compile(request);
        var result = await DirectEngine.RunAsync(
            scenario, progress is null ? null : new YearsDoneAdapter(progress, scenario.YearCount), cancellationToken).ConfigureAwait(false);
        return new RunOutcome(scenario, result, EngineKind.Direct);
    }
}
