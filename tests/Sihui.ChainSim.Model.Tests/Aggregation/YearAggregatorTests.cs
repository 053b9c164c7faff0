using Sihui.ChainSim.Model.Aggregation;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Model.Statistics;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Aggregation;

public sealed class YearAggregatorTests
{
    // A = [[0, 0.2], [0.1, 0]] (copper buys 0.1 of jade per unit; jade buys 0.2 of copper).
    // I - A = [[1, -0.2], [-0.1, 1]], det 0.98, (I - A)^-1 = [[1, 0.2], [0.1, 1]] / 0.98,
    // (I - A)^-1 - I = [[0.02, 0.2], [0.1, 0.02]] / 0.98.
    private static readonly LinkageDefinition[] Linkages =
    [
        new("copper", "jade", 0.2),
        new("jade", "copper", 0.1),
    ];

    private static EconomyYear NoEconomy(int trials) => new(Y1, new double[trials], [], [], [], [], []);

    // One trial's park year: enterprise and project values by industry (copper, jade); null where zero.
    private static ParkYearOutcome ParkYear(double[]? enterprise, double[]? project)
    {
        double[]?[] Split(double[]? values) => values is null ? [null, null] : [[values[0]], [values[1]]];
        var output = (enterprise?.Sum() ?? 0) + (project?.Sum() ?? 0);
        var result = new ParkYearResult([output], Split(enterprise), Split(project), [1], [2], [3], [4], [0], [0]);
        return new ParkYearOutcome(result, [], []);
    }

    private static Dictionary<string, double[]> Combine(ScenarioDefinition definition, params ParkYearOutcome[] parks) =>
        YearAggregator.Combine(CompiledScenario.Compile(definition), NoEconomy(1), parks);

    [Fact]
    public void Multipliers_AreTheLeontiefInverseMinusIdentity()
    {
        var scenario = CompiledScenario.Compile(Scenario() with { Linkages = Linkages });
        var m = scenario.IndirectMultipliers!;
        Assert.Equal(0.02 / 0.98, m[0, 0], 12);
        Assert.Equal(0.2 / 0.98, m[0, 1], 12);
        Assert.Equal(0.1 / 0.98, m[1, 0], 12);
        Assert.Equal(0.02 / 0.98, m[1, 1], 12);
    }

    [Fact]
    public void IndirectEffect_OfProjectOutput_IsAddedToIndustryOutputs()
    {
        // Enterprises: copper 200, jade 30. Projects D = (50, 100).
        // indirect copper = (0.02 * 50 + 0.2 * 100) / 0.98 = 21 / 0.98; jade = (0.1 * 50 + 0.02 * 100) / 0.98 = 7 / 0.98.
        var metrics = Combine(Scenario() with { Linkages = Linkages }, ParkYear([200, 30], [50, 100]));
        Assert.Equal(200 + 50 + 21 / 0.98, metrics[MetricNames.IndustryOutput("copper")][0], 10);
        Assert.Equal(30 + 100 + 7 / 0.98, metrics[MetricNames.IndustryOutput("jade")][0], 10);
        Assert.Equal(380 + 28 / 0.98, metrics[MetricNames.TotalOutput][0], 10);
    }

    [Fact]
    public void EnterpriseOutput_HasNoIndirectEffect()
    {
        var metrics = Combine(Scenario() with { Linkages = Linkages }, ParkYear([200, 30], null));
        Assert.Equal(200, metrics[MetricNames.IndustryOutput("copper")][0], 12);
        Assert.Equal(30, metrics[MetricNames.IndustryOutput("jade")][0], 12);
        Assert.Equal(230, metrics[MetricNames.TotalOutput][0], 12);
    }

    [Fact]
    public void WithoutLinkages_ThereIsNoIndirectEffect()
    {
        var metrics = Combine(Scenario(), ParkYear([200, 30], [50, 100]));
        Assert.Null(CompiledScenario.Compile(Scenario()).IndirectMultipliers);
        Assert.Equal(250, metrics[MetricNames.IndustryOutput("copper")][0], 12);
        Assert.Equal(130, metrics[MetricNames.IndustryOutput("jade")][0], 12);
        Assert.Equal(380, metrics[MetricNames.TotalOutput][0], 12);
    }

    [Fact]
    public void Parks_AreSummed_AndIndirectUsesTheirCombinedProjects()
    {
        // D = (50, 0) + (0, 100) = (50, 100): the same indirect effect as one park with both.
        var metrics = Combine(Scenario() with { Linkages = Linkages }, ParkYear([200, 0], [50, 0]), ParkYear([0, 30], [0, 100]));
        Assert.Equal(380 + 28 / 0.98, metrics[MetricNames.TotalOutput][0], 10);
        // Counts and new investment add across parks: 1 + 1, 2 + 2, 3 + 3, 4 + 4.
        Assert.Equal(2, metrics[MetricNames.ProjectsStarted][0]);
        Assert.Equal(4, metrics[MetricNames.ProjectsCompleted][0]);
        Assert.Equal(6, metrics[MetricNames.ProjectsProducing][0]);
        Assert.Equal(8, metrics[MetricNames.NewProjectInvestment][0]);
    }

    [Fact]
    public void ParkMetrics_AreReportedForDefinedParksOnly()
    {
        var definition = Scenario() with
        {
            Parks = [Park("north")],
            Enterprises = [Enterprise("a", 1, Const(0), park: "north"), Enterprise("b", 1, Const(0))],
        };
        var scenario = CompiledScenario.Compile(definition);
        var metrics = YearAggregator.Combine(scenario, NoEconomy(1), [ParkYear([5, 0], null), ParkYear([7, 0], null)]);
        // Park 0 is north (output 5); park 1 is the implicit park, which has no park metrics.
        Assert.Equal(2, scenario.Parks.Count);
        Assert.Equal([5.0], metrics[MetricNames.ParkOutput("north")]);
        Assert.Equal([0.0], metrics[MetricNames.LandUsed("north")]);
        Assert.DoesNotContain(metrics.Keys, k => k.Contains("(unassigned)"));
        Assert.Equal([12.0], metrics[MetricNames.TotalOutput]);
    }

    [Fact]
    public void TotalOutput_IsTheSumOfIndustryOutputs()
    {
        var metrics = Combine(Scenario() with { Linkages = Linkages }, ParkYear([12.5, 7], [3, 4.5]));
        var sum = metrics[MetricNames.IndustryOutput("copper")][0] + metrics[MetricNames.IndustryOutput("jade")][0];
        Assert.Equal(sum, metrics[MetricNames.TotalOutput][0], 12);
    }

    [Fact]
    public async Task EndToEnd_ProducingProjectDrivesTheIndirectEffect()
    {
        var definition = Scenario(years: 1) with
        {
            Linkages = Linkages,
            Enterprises = [Enterprise("smelter", 200, Const(0))],
            Projects = [Project("carving", investment: 100, industry: "jade", park: null) with { Stage = ProjectStage.Producing }],
        };
        var result = await DirectEngine.RunAsync(CompiledScenario.Compile(definition));
        // D = (0, 100): indirect copper 0.2 * 100 / 0.98, jade 0.02 * 100 / 0.98; total 300 + 22 / 0.98 = 322.44898.
        Assert.Equal(200 + 20 / 0.98, MeanOf(result, Y1, MetricNames.IndustryOutput("copper")), 10);
        Assert.Equal(100 + 2 / 0.98, MeanOf(result, Y1, MetricNames.IndustryOutput("jade")), 10);
        Assert.Equal(300 + 22 / 0.98, MeanOf(result, Y1, MetricNames.TotalOutput), 10);
        Assert.Equal(200, MeanOf(result, Y1, MetricNames.EnterpriseOutput("smelter")), 12);
    }
}
