using Sihui.ChainSim.Model.Aggregation;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;
using static Sihui.ChainSim.TestSupport.TestDefinitions;

namespace Sihui.ChainSim.Model.Tests.Aggregation;

/// <summary>Value added, base-year values and growth rates on hand-worked deterministic scenarios.</summary>
public sealed class ValueAddedAndGrowthTests
{
    // A = [[0, 0.2], [0.1, 0]], so (I - A)^-1 - I = [[0.02, 0.2], [0.1, 0.02]] / 0.98 (see YearAggregatorTests).
    private static readonly LinkageDefinition[] Linkages = [new("copper", "jade", 0.2), new("jade", "copper", 0.1)];

    // smelter (copper, 100, +10% a year) and carver (jade, 50, flat) in park p; copper has a value-added ratio of 0.2.
    private static ScenarioDefinition TwoEnterprises(double? jadeRatio = null) => Scenario() with
    {
        Industries = [Industry("copper") with { ValueAddedRatio = 0.2 }, Industry("jade") with { ValueAddedRatio = jadeRatio }],
        Parks = [Park()],
        Enterprises = [Enterprise("smelter", 100, Const(0.1), park: "p"), Enterprise("carver", 50, Const(0), "jade", "p")],
    };

    private static async Task<SimulationResult> RunAsync(ScenarioDefinition definition) =>
        await DirectEngine.RunAsync(CompiledScenario.Compile(definition));

    private static IReadOnlyDictionary<string, double?> BaseValues(ScenarioDefinition definition) =>
        BaseYearValues.Compute(CompiledScenario.Compile(definition)).ToDictionary(v => v.Metric, v => v.Value);

    [Fact]
    public async Task Value_added_is_output_times_ratio_summed_over_the_industries_with_a_ratio()
    {
        var result = await RunAsync(TwoEnterprises());

        // Year 1: copper 110, jade 50; only copper has a ratio, so value_added = 0.2 × 110.
        Assert.Equal(22, MeanOf(result, Y1, MetricNames.IndustryValueAdded("copper")), 12);
        Assert.Equal(22, MeanOf(result, Y1, MetricNames.ValueAdded), 12);
        Assert.DoesNotContain(result.Years[0].Metrics, m => m.Metric == MetricNames.IndustryValueAdded("jade"));

        var both = await RunAsync(TwoEnterprises(jadeRatio: 0.5));
        Assert.Equal(22 + 25, MeanOf(both, Y1, MetricNames.ValueAdded), 12);
        Assert.Equal(0.2 * 121 + 25, MeanOf(both, Y2, MetricNames.ValueAdded), 12);
    }

    [Fact]
    public async Task Without_a_ratio_there_is_no_value_added_metric_and_the_other_metrics_are_unchanged()
    {
        var plain = TwoEnterprises() with { Industries = [Industry("copper"), Industry("jade")] };

        var without = await RunAsync(plain);
        var with = await RunAsync(TwoEnterprises());

        Assert.DoesNotContain(without.Years[0].Metrics, m => m.Metric is MetricNames.ValueAdded or "growth:value_added");
        foreach (var metric in without.Years[0].Metrics.Select(m => m.Metric))
        {
            Assert.Equal(MeanOf(without, Y2, metric), MeanOf(with, Y2, metric));
        }
    }

    [Fact]
    public void Base_year_values_count_enterprises_projects_producing_at_base_at_ramp_up_0_and_their_indirect_effect()
    {
        // A project producing at base: 10 × 1 × ramp_up[0] 0.5 = 5 of copper; indirect (copper, jade) = (0.1, 0.5) / 0.98.
        var definition = TwoEnterprises() with
        {
            Linkages = Linkages,
            Projects = [Project("mill") with { Stage = ProjectStage.Producing, Behaviour = Named with { RampUp = [0.5, 1] } }],
            Indicators = [new IndicatorDefinition { Id = "firms", Name = "firms", Initial = 40, AnnualChange = Const(1) }],
        };

        var values = BaseValues(definition);

        var copper = 100 + 5 + 0.1 / 0.98;
        var jade = 50 + 0.5 / 0.98;
        Assert.Equal(copper, values[MetricNames.IndustryOutput("copper")]!.Value, 12);
        Assert.Equal(jade, values[MetricNames.IndustryOutput("jade")]!.Value, 12);
        Assert.Equal(copper + jade, values[MetricNames.TotalOutput]!.Value, 12);
        Assert.Equal(0.2 * copper, values[MetricNames.ValueAdded]!.Value, 12);
        Assert.Equal(155, values[MetricNames.ParkOutput("p")]!.Value, 12);
        Assert.Equal(100, values[MetricNames.EnterpriseOutput("smelter")]);
        Assert.Equal(0, values[MetricNames.LandUsed("p")]);
        Assert.Equal(40, values[MetricNames.Indicator("firms")]);
        Assert.Null(values[MetricNames.NewProjectInvestment]);
        Assert.Null(values[MetricNames.ProjectsStarted]);
        Assert.Null(values[MetricNames.IndicatorChange("firms")]);
        Assert.Equal(MetricNames.Plain(definition), values.Keys);
    }

    [Fact]
    public async Task Growth_in_the_first_year_is_taken_from_the_base_year_value_and_later_from_the_year_before()
    {
        // The project producing at base goes from 5 (ramp_up[0]) to 10: copper 105 + 0.1/0.98 → 120 + 0.2/0.98 → 131 + 0.2/0.98.
        var definition = TwoEnterprises() with
        {
            Linkages = Linkages,
            Projects = [Project("mill") with { Stage = ProjectStage.Producing, Behaviour = Named with { RampUp = [0.5, 1] } }],
        };

        var result = await RunAsync(definition);

        var copper0 = 100 + 5 + 0.1 / 0.98;
        var copper1 = 110 + 10 + 0.2 / 0.98;
        var copper2 = 121 + 10 + 0.2 / 0.98;
        Assert.Equal(copper1 / copper0 - 1, MeanOf(result, Y1, "growth:industry_output:copper"), 12);
        Assert.Equal(copper2 / copper1 - 1, MeanOf(result, Y2, "growth:industry_output:copper"), 12);
        Assert.Equal(copper2 / copper1 - 1, MeanOf(result, Y2, "growth:value_added"), 12);
        Assert.Equal(170.0 / 155 - 1, MeanOf(result, Y1, "growth:park_output:p"), 12);
        // The project was producing at base, so nothing is new: the comparable rate is the plain one, bit for bit.
        Assert.Equal(MeanOf(result, Y1, "growth:total_output"), MeanOf(result, Y1, "comparable_growth:total_output"));
        // new_project_investment has no base-year value, so its first growth rate is undefined.
        Assert.True(double.IsNaN(MeanOf(result, Y1, "growth:new_project_investment")));
    }

    [Fact]
    public async Task Comparable_growth_leaves_out_a_project_that_starts_producing_mid_horizon_with_its_indirect_effect()
    {
        // smelter grows by Normal(0.05, 0) = 5% exactly. The signed mill starts in year 1, completes and produces in
        // year 2 at ramp_up[0] (20 × 0.5 = 10 of copper), then 20 in year 3. Indirect effect of 10 copper: (0.2, 1) / 0.98.
        var definition = TwoEnterprises() with
        {
            Linkages = Linkages,
            Enterprises = [Enterprise("smelter", 100, new NormalDistribution(0.05, 0), park: "p"), Enterprise("carver", 50, Const(0), "jade", "p")],
            Projects = [Project("mill", 20) with { Behaviour = Named with { RampUp = [0.5, 1] } }],
        };

        var result = await RunAsync(definition);

        var total1 = 105.0 + 50;
        var total2 = 110.25 + 10 + 50 + 1.2 / 0.98;
        Assert.Equal(total1, MeanOf(result, Y1, MetricNames.TotalOutput), 12);
        Assert.Equal(total2, MeanOf(result, Y2, MetricNames.TotalOutput), 12);
        Assert.Equal(total2 / total1 - 1, MeanOf(result, Y2, "growth:total_output"), 12);
        // Same basis: only the units of both years, smelter and carver: 160.25 / 155 − 1.
        Assert.Equal(160.25 / 155 - 1, MeanOf(result, Y2, "comparable_growth:total_output"), 12);
        Assert.Equal(0.05, MeanOf(result, Y2, "comparable_growth:industry_output:copper"), 12);
        // Jade's only new output is the mill's indirect effect, so it is flat on the same basis.
        Assert.Equal(0, MeanOf(result, Y2, "comparable_growth:industry_output:jade"), 12);
        Assert.Equal(0.05, MeanOf(result, Y2, "comparable_growth:value_added"), 12);
        Assert.Equal(0.05, MeanOf(result, Y2, "comparable_growth:industry_value_added:copper"), 12);
        // In year 3 the mill produced in both years, so it counts, and the two rates are the same.
        Assert.Equal(MeanOf(result, Y3, "growth:total_output"), MeanOf(result, Y3, "comparable_growth:total_output"));
        var total3 = 115.7625 + 20 + 50 + 2.4 / 0.98;
        Assert.Equal(total3 / total2 - 1, MeanOf(result, Y3, "comparable_growth:total_output"), 12);
    }

    [Fact]
    public async Task A_growth_rate_from_zero_is_undefined()
    {
        // Park q has only a project producing from year 2: its output is 0 at base and in year 1.
        var definition = TwoEnterprises() with
        {
            Parks = [Park(), Park("q")],
            Projects = [Project("mill", 20, park: "q")],
        };

        var result = await RunAsync(definition);

        Assert.True(double.IsNaN(MeanOf(result, Y1, "growth:park_output:q")));
        Assert.True(double.IsNaN(MeanOf(result, Y2, "growth:park_output:q")));
        Assert.Equal(0, MeanOf(result, Y3, "growth:park_output:q"), 12);
    }

    [Fact]
    public async Task A_rate_undefined_in_some_trials_is_summarised_over_the_others_and_never_meets_a_target()
    {
        // Park q's project starts with probability 0.5 in year 1 and produces at once (build 0): in year 2 the rate
        // is undefined where it had not started by year 1, and 0 where it had (or NaN again if it starts in year 2).
        var definition = TwoEnterprises() with
        {
            Trials = 400,
            Parks = [Park(), Park("q")],
            Projects = [Project("mill", 20, park: "q") with { Behaviour = Named with { StartProbability = 0.5, BuildYears = Const(0) } }],
            Targets = [new TargetDefinition { Id = "q", Name = "q", Metric = "growth:park_output:q", Year = Y2, AtMost = 1 }],
        };

        var result = await RunAsync(definition);

        var summary = result.Years[1].Metrics.Single(m => m.Metric == "growth:park_output:q").Summary;
        Assert.Equal(new Sihui.ChainSim.Model.Statistics.MetricSummary(0, 0, 0, 0), summary);
        Assert.Equal(summary, result.Targets[0].Value);
        // About half the trials had output in year 1; the others are undefined, and an undefined rate meets no target.
        Assert.InRange(result.Targets[0].Met.Probability, 0.4, 0.6);
    }

    [Fact]
    public async Task A_growth_target_has_the_probability_of_its_rate()
    {
        // One enterprise, g ~ Normal(0.05, 0.02): growth:total_output in year 1 is g, and P(g ≥ 0.06) = 1 − Φ(0.5) = 0.30854.
        const int trials = 20_000;
        var definition = Scenario(trials: trials) with
        {
            Enterprises = [Enterprise("smelter", 100, new NormalDistribution(0.05, 0.02))],
            Targets =
            [
                new TargetDefinition { Id = "g", Name = "g", Metric = "growth:total_output", Year = Y1, AtLeast = 0.06 },
                new TargetDefinition { Id = "e", Name = "e", Metric = "growth:enterprise_output:smelter", Year = Y2, AtLeast = 0.06 },
            ],
        };

        var result = await RunAsync(definition);

        var standardError = Math.Sqrt(0.30854 * (1 - 0.30854) / trials);
        Assert.InRange(result.Targets[0].Met.Probability, 0.30854 - 4 * standardError, 0.30854 + 4 * standardError);
        Assert.InRange(result.Targets[1].Met.Probability, 0.30854 - 4 * standardError, 0.30854 + 4 * standardError);
        Assert.Equal(0.05, result.Targets[0].Value.Mean, 3);
        // The enterprise's rate is computed because a target names it, and summarised beside the others.
        Assert.Contains(result.Years[1].Metrics, m => m.Metric == "growth:enterprise_output:smelter");
        Assert.DoesNotContain(result.Years[1].Metrics, m => m.Metric == "growth:enterprise_output:other");
    }
}
