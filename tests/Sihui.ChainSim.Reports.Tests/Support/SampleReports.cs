using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Reports.Tests.Support;

/// <summary>A finished direct run of a small scenario with a target to reach and a cap, wrapped as the writers get it.</summary>
public static class SampleReports
{
    public const string File = "scenarios/样例.yaml";

    public static readonly IReadOnlyList<RunOverride> Overrides =
        [new("enterprises.smelter.growth.mean", "0.05", RunOverride.FromSet), new("enterprises.kiln.output", "41.5", RunOverride.FromPage)];

    public static ScenarioDefinition Definition(ulong seed = 7) => Scenario(years: 3, trials: 200, seed: seed) with
    {
        Name = "样例 sample",
        Warnings = [new(File, 3, 5, "enterprises.kiln.growth", "a constant growth: every trial the same")],
        Enterprises =
        [
            Enterprise("smelter", 100, new NormalDistribution(0.05, 0.05)),
            Enterprise("kiln", 40, Const(0.02), industry: "jade"),
        ],
        Targets =
        [
            new() { Id = "reach", Name = "产值 Output", Metric = MetricNames.TotalOutput, Year = Y2, Comparison = Comparison.AtLeast, Threshold = 150 },
            new() { Id = "cap", Name = "Cap", Metric = MetricNames.TotalOutput, Year = Y3, Comparison = Comparison.AtMost, Threshold = 160.5 },
        ],
    };

    public static async Task<RunReport> RunAsync(ulong seed = 7)
    {
        var scenario = CompiledScenario.Compile(Definition(seed));
        var result = await DirectEngine.RunAsync(scenario);
        return new RunReport(new RunOutcome(scenario, result, EngineKind.Direct), File, new string('a', 64), "0.1.0") { Overrides = Overrides };
    }
}
