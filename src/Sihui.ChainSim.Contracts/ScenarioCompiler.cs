using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Contracts;

/// <summary>
/// The one way a request becomes a runnable scenario, taken by the CLI's pre-run check, every runner and every silo:
/// load the text (variant, then overrides), then compile. Throws <see cref="ScenarioValidationException"/> for bad input.
/// </summary>
public static class ScenarioCompiler
{
    // One compilation per request object: `chainsim run` compiles a request to check it before the run, and the
    // runner it hands the same request to reuses that work instead of loading the file again.
    private static readonly ConditionalWeakTable<RunRequest, CompiledScenario> Compiled = new();

    public static CompiledScenario Compile(RunRequest request) =>
        Compiled.GetValue(request, r => CompiledScenario.Compile(Load(r), r.Trials, r.Seed, r.Until));

    /// <summary>The validated definition the request runs, before trials, seed and until are applied.</summary>
    public static ScenarioDefinition Load(RunRequest request) =>
        ScenarioLoader.LoadText(request.ScenarioText, request.FileName, request.LoadOptions);
}
