using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Runner;

/// <summary>Loads and compiles a request's scenario, the same way in the client and in every silo.</summary>
public static class ScenarioCompiler
{
    public static CompiledScenario Compile(RunRequest request)
    {
        var definition = ScenarioLoader.LoadText(request.ScenarioText, request.FileName, request.LoadOptions);
        return CompiledScenario.Compile(definition, request.Trials, request.Seed, request.Until);
    }
}
