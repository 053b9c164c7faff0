using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Cli;

/// <summary>Maps an <c>--engine</c> choice to a runner.</summary>
public static class RunnerFactory
{
    public static ISimulationRunner Create(EngineKind engine) => engine switch
    {
        EngineKind.Direct => new DirectRunner(),
        EngineKind.Orleans => new EmbeddedOrleansRunner(),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "unknown engine"),
    };
}
