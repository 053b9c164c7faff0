using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Runner.Hosting;
using Sihui.ChainSim.Runner.Tests.Support;

namespace Sihui.ChainSim.Runner.Tests.Engines;

/// <summary>The Orleans engine on the embedded silo must give the direct engine's numbers, bit for bit.</summary>
public sealed class EngineEquivalenceTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepositoryPaths.ShippedScenarios())
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, path));
        }
        return data;
    }

    [Fact]
    public async Task Embedded_orleans_matches_direct_on_a_scenario_using_every_feature()
    {
        var request = new RunRequest { ScenarioText = TestScenarios.AllFeatures, FileName = "all-features.yaml" };
        var direct = await AssertSameResultAsync(request);

        // The comparison covers value added and the rates, and projects start producing, so the comparable rate differs.
        var metrics = direct.Result.Years.SelectMany(y => y.Metrics.Select(m => (y.Year, m.Metric, m.Summary.Mean))).ToList();
        foreach (var name in new[] { "value_added", "industry_value_added:parts", "growth:value_added", "comparable_growth:total_output", "growth:enterprise_output:bigcopper" })
        {
            Assert.Contains(metrics, m => m.Metric == name);
        }
        Assert.Contains(direct.Result.Years, y =>
            y.Metrics.Single(m => m.Metric == "growth:total_output").Summary.Mean != y.Metrics.Single(m => m.Metric == "comparable_growth:total_output").Summary.Mean);
    }

    [Fact]
    public async Task Embedded_orleans_matches_direct_on_a_nowcast()
    {
        // A level, a count, and a growth row whose previous year is simulated (2025 on 2024).
        var request = new RunRequest
        {
            ScenarioText = TestScenarios.AllFeatures,
            FileName = "all-features.yaml",
            ObservationsCsv = "metric,year,through_month,value,growth_yoy\ntotal_output,2024,6,120,\nprojects_started,2024,6,1,\ntotal_output,2025,6,,0.05\n",
            ObservationsFile = "obs.csv",
        };
        var direct = await AssertSameResultAsync(request);

        var conditioning = Assert.IsType<Model.Results.Conditioning>(direct.Result.Conditioning);
        Assert.Equal(["obs.csv:2 (total_output 2024 through month 6)", "obs.csv:3 (projects_started 2024 through month 6)", "obs.csv:4 (total_output 2025 through month 6)"],
            conditioning.Rows);
        Assert.InRange(conditioning.Ess, 2, direct.Scenario.Trials - 1);
        Assert.NotEqual(conditioning.TargetsBefore.Select(t => t.Met.Probability), direct.Result.Targets.Select(t => t.Met.Probability));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Embedded_orleans_matches_direct_on_every_shipped_scenario(string relativePath)
    {
        var path = RepositoryPaths.FullPath(relativePath);
        var request = new RunRequest { ScenarioText = File.ReadAllText(path), FileName = path, Trials = 200 };
        await AssertSameResultAsync(request);
    }

    private static async Task<RunOutcome> AssertSameResultAsync(RunRequest request)
    {
        var direct = await new DirectRunner().RunAsync(request);
        await using var silo = await EmbeddedSilo.StartAsync();
        var orleans = await silo.CreateRunner().RunAsync(request);

        Assert.Equal(EngineKind.Orleans, orleans.Engine);
        Assert.NotEmpty(direct.Result.Years);
        Assert.Equal(ResultFingerprint.Of(direct.Result), ResultFingerprint.Of(orleans.Result));
        return direct;
    }
}
