using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Engine;

/// <summary>A scenario that uses every random part of the model, and a bit-exact flattening of a run's result.</summary>
internal static class EngineScenarios
{
    public static ScenarioDefinition Rich(int trials = 300, ulong seed = 11) => Scenario(years: 6, trials: trials, seed: seed) with
    {
        Economy = new EconomyDefinition { Shock = new NormalDistribution(0, 0.01) },
        Industries =
        [
            Industry("copper", new NormalDistribution(0, 0.02), new PriceDefinition(0.02, 0.1)) with { ValueAddedRatio = 0.19 },
            Industry("jade", new UniformDistribution(-0.03, 0.03), new PriceDefinition(0.01, 0.2)),
        ],
        Linkages = [new("copper", "jade", 0.15), new("jade", "copper", 0.05)],
        Parks =
        [
            Park("north", land: 200, power: 50) with
            {
                LandAdditions = new Dictionary<int, double> { [Y3] = 100 },
                Attraction = new AttractionDefinition
                {
                    ProjectsPerYear = new PoissonDistribution(2),
                    InvestmentPerProject = new LogNormalDistribution(1.5, 0.4),
                    IndustryMix = [new IndustryShare("copper", 2), new IndustryShare("jade", 1)],
                    Project = new ProjectTemplate
                    { LandMuPerInvestment = 3, PowerMwPerInvestment = 0.5, Behaviour = new() { StartProbability = 0.6, StallProbability = 0.05, BuildYears = new UniformDistribution(0.5, 3), CommissionYears = new TriangularDistribution(0, 0.5, 2), RampUp = [0.4, 0.8, 1.0] } },
                },
            },
            Park("south", land: 50, power: 10) with { PowerAdditions = new Dictionary<int, double> { [Y2] = 20 } },
        ],
        Enterprises =
        [
            Enterprise("smelter", 120, new NormalDistribution(0.05, 0.1), park: "north") with
            {
                Capacity = 150, CapacityAdditions = new Dictionary<int, double> { [Y3] = 40 },
            },
            Enterprise("carver", 40, new PertDistribution(-0.05, 0.04, 0.15), "jade", "south") with
            {
                ChainMaster = new ChainMasterDefinition
                {
                    SuppliersPerYear = new PoissonDistribution(1), Investment = new UniformDistribution(2, 6), Industry = "jade",
                },
            },
            Enterprise("rest-of-copper", 300, new TriangularDistribution(-0.02, 0.03, 0.08)),
        ],
        Projects =
        [
            Project("rolling-mill", 25, park: "north") with { Stage = ProjectStage.Started, PowerMw = 20, Behaviour = Named with { BuildYears = new UniformDistribution(0, 3) } },
            Project("jade-market", 8, "jade", "south") with { LandMu = 20, PowerMw = 5, Behaviour = Named with { StartProbability = 0.7, StallProbability = 0.1 } },
            Project("old-plant", 30, park: null) with { Stage = ProjectStage.Producing },
        ],
        Indicators = [new IndicatorDefinition { Id = "hightech", Name = "high-tech", Initial = 20, AnnualChange = new PoissonDistribution(2) }],
        Targets =
        [
            Target("total", MetricNames.TotalOutput, Y4 + 2, 700),
            Target("smelter", MetricNames.EnterpriseOutput("smelter"), Y2, 140),
        ],
    };

    public static TargetDefinition Target(string id, string metric, int year, double threshold) => new()
    {
        Id = id, Name = id, Metric = metric, Year = year, AtLeast = threshold,
    };

    /// <summary>Every number of a result as raw bits, labelled, so two results compare bit for bit.</summary>
    public static List<string> Bits(SimulationResult result)
    {
        var lines = new List<string>();
        foreach (var year in result.Years)
        {
            foreach (var (metric, s) in year.Metrics)
            {
                lines.Add($"{year.Year} {metric} {Raw(s.Mean)} {Raw(s.P10)} {Raw(s.P50)} {Raw(s.P90)}");
            }
        }
        foreach (var target in result.Targets)
        {
            lines.Add($"{target.TargetId} {target.Met.Successes} {Raw(target.Value.Mean)} {Raw(target.Value.P50)}");
        }
        lines.Add($"all {result.AllTargets.Successes}");
        return lines;
    }

    private static string Raw(double value) => BitConverter.DoubleToInt64Bits(value).ToString("x16");
}
