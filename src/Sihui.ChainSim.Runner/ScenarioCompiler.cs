using System.Runtime.CompilerServices;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Compilation;

namespace Sihui.ChainSim.Runner;

/// <summary>Loads and compiles a request's scenario, as <see cref="CompiledScenario.Load"/> does in every silo.</summary>
public static class ScenarioCompiler
{
    // One compilation per request object: `chainsim run` compiles a request to check it before the run, and the
    // runner it hands the same request to reuses that work instead of loading the file again.
    private static readonly ConditionalWeakTable<RunRequest, CompiledScenario> Compiled = new();

    public static CompiledScenario Compile(RunRequest request) =>
        Compiled.GetValue(request, r => CompiledScenario.Load(r.ScenarioText, r.FileName, r.LoadOptions, r.Trials, r.Seed, r.Until));
}
