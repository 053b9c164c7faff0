using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Reports.Tests.Support;

/// <summary>A finished direct run of a small scenario with a target to reach and a cap, wrapped as the writers get it.</summary>
public static class SampleReports
{
    public const string File = "scenarios/样例.yaml";

    public static readonly IReadOnlyList<RunOverride> Overrides =
        [new("enterprises.smelter.growth.mean", "0.05", RunOverride.FromSet), new("enterprises.kiln.output", "41.5", RunOverride.FromPage)];

    /// <summary><see cref="SmallScenarios.ReachAndCap"/> with a warning, as the loader would attach one.</summary>
    public static ScenarioDefinition Definition() => SmallScenarios.Load(SmallScenarios.ReachAndCap, File) with
    {
        Warnings = [new(File, 3, 5, "enterprises.kiln.growth", "a constant growth: every trial the same")],
    };

    public static async Task<RunReport> RunAsync(ulong seed = 7)
    {
        var scenario = CompiledScenario.Compile(Definition(), seed: seed);
        var result = await DirectEngine.RunAsync(scenario);
        return new RunReport(new RunOutcome(scenario, result, EngineKind.Direct), File, new string('a', 64), "0.1.0") { Overrides = Overrides };
    }
}
