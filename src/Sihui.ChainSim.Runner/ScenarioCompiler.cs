using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Compilation;

namespace Sihui.ChainSim.Runner;

/// <summary>Loads and compiles a request's scenario, as <see cref="CompiledScenario.Load"/> does in every silo.</summary>
public static class ScenarioCompiler
{
    public static CompiledScenario Compile(RunRequest request) =>
        CompiledScenario.Load(request.ScenarioText, request.FileName, request.LoadOptions, request.Trials, request.Seed, request.Until);
}
