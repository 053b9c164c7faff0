using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Engine;

/// <summary>Counts through a whole run: the year's producing projects enter, and the run's macro shock moves exits.</summary>
public sealed class CountIndicatorRunTests
{
    private static IndicatorDefinition Count(string id, double initial, Distribution entries) =>
        new() { Id = id, Name = id, Initial = initial, AnnualChange = entries };

    [Fact]
    public async Task Projects_that_start_producing_enter_a_count_that_adds_them()
    {
        // Two completed projects produce in 2025 (no commissioning delay); three signed ones start in 2025, build
        // for a year and produce in 2026. So 50 + 2 = 52 in 2025, 55 in 2026, 55 in 2027.
        var definition = Scenario(years: 3, trials: 5) with
        {
            Parks = [Park()],
            Projects =
            [
                Project("c1") with { Stage = ProjectStage.Completed },
                Project("c2") with { Stage = ProjectStage.Completed },
                Project("s1"), Project("s2"), Project("s3"),
            ],
            Indicators =
            [
                Count("firms", 50, Const(0)) with { AddsProducingProjects = true },
                Count("own", 50, Const(0)) with { AddsProducingProjects = false },
            ],
        };
        var result = await DirectEngine.RunAsync(CompiledScenario.Compile(definition));

        double[] producing = [2, 3, 0];
        for (var t = 1; t <= 3; t++)
        {
            Always(producing[t - 1], result, BaseYear + t, MetricNames.ProjectsProducing);
            Always(producing[t - 1], result, BaseYear + t, MetricNames.IndicatorChange("firms"));
            Always(50, result, BaseYear + t, MetricNames.Indicator("own"));
        }
        Always(52, result, Y1, MetricNames.Indicator("firms"));
        Always(55, result, Y2, MetricNames.Indicator("firms"));
        Always(55, result, Y3, MetricNames.Indicator("firms"));
    }

    [Theory]
    // A bad year, m = −0.1: q[t] = min(1, 0.3 e^{50 · 0.1}) = 1, so every unit leaves and only the 4 entries remain.
    [InlineData(-0.1, 4, 4)]
    // A good year, m = +0.1: q[t] = 0.3 e^{−5} ≈ 0.002, so of 100 units about 0.2 leave; about 103.8 and 107.6.
    [InlineData(0.1, 103.8, 107.6)]
    public async Task The_runs_macro_shock_moves_the_exit_rate(double shock, double first, double second)
    {
        var definition = Scenario(years: 2, trials: 2_000) with
        {
            Economy = new EconomyDefinition { Shock = Const(shock) },
            Indicators = [Count("firms", 100, Const(4)) with { ExitRate = 0.3, ExitCyclicality = 50 }],
        };
        var result = await DirectEngine.RunAsync(CompiledScenario.Compile(definition));

        Assert.InRange(MeanOf(result, Y1, MetricNames.Indicator("firms")), first - 0.1, first + 0.1);
        Assert.InRange(MeanOf(result, Y2, MetricNames.Indicator("firms")), second - 0.1, second + 0.1);
    }

    // The same value in every trial: mean, P10 and P90 all equal it.
    private static void Always(double expected, SimulationResult result, int year, string metric)
    {
        var summary = result.Years.Single(y => y.Year == year).Metrics.Single(m => m.Metric == metric).Summary;
        Assert.Equal((expected, expected, expected), (summary.Mean, summary.P10, summary.P90));
    }
}
