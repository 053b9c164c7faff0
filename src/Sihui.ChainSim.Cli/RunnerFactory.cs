using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Cli;

/// <summary>Maps an <c>--engine</c> choice to a runner.</summary>
public static class RunnerFactory
{
    public static ISimulationRunner Create(EngineKind engine) => engine switch
    {
        EngineKind.Direct => new DirectRunner(),
        // TEMPORARY: the Orleans runner is not in this branch yet. Replace this line with
        // `new Sihui.ChainSim.Runner.Engines.OrleansRunner()` once it exists. The run's reported engine comes
        // from RunOutcome.Engine, so until then `--engine orleans` is honestly reported as "direct".
        EngineKind.Orleans => new DirectRunner(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "unknown engine"),
    };
}
