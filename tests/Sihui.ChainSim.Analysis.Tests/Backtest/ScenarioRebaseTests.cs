using Sihui.ChainSim.Analysis.Backtest;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.TestSupport;

namespace Sihui.ChainSim.Analysis.Tests.Backtest;

/// <summary>A rebased scenario keeps and drops what docs/calibration.md ("Backtest") says it does.</summary>
public sealed class ScenarioRebaseTests
{
    private const string Yaml = """
        scenario: rebase-me
        base_year: 2023
        end_year: 2026
        trials: 100
        seed: 3
        economy:
          shock: {dist: normal, mean: 0, sd: 0.02}
        industries:
          - {id: copper, price: {drift: 0.05, volatility: 0.3, mean_reversion: 0.2}}
          - {id: jade}
        parks:
          - {id: hitech, land_mu: 100, land_additions: {2025: 50}, power_mw: 10, power_additions: {2025: 5},
             attraction: {projects_per_year: {dist: poisson, mean: 1}, investment_per_project: 2, industry_mix: {copper: 1}}}
        enterprises:
          - {id: smelter, industry: copper, park: hitech, output: 100, capacity: 200, capacity_additions: {2025: 20}, growth: {dist: normal, mean: 0.05, sd: 0.05}}
          - {id: kiln, industry: jade, output: 40, growth: 0.02}
          - {id: newcomer, industry: jade, output: 10, growth: 0.1}
        projects:
          - {id: running, industry: copper, park: hitech, stage: producing, investment: 3}
          - {id: building, industry: copper, park: hitech, stage: started, investment: 4}
          - {id: talking, industry: jade, stage: signed, investment: 1}
        indicators:
          - {id: hightech, initial: 200, annual_change: {dist: normal, mean: 10, sd: 3}, exit_rate: 0.01}
          - {id: patents, initial: 50, annual_change: 2}
        targets:
          - {id: total_2025, metric: total_output, year: 2025, at_least: 150}
        variants:
          push: {description: More, set: {enterprises.newcomer.growth: 0.2}}
        tunables:
          - {path: enterprises.kiln.growth, label: Kiln growth, min: 0, max: 0.1, step: 0.01}
        """;

    private const string History = """
        metric,id,year,value
        enterprise_output,smelter,2017,60
        enterprise_output,smelter,2018,63
        enterprise_output,smelter,2019,66
        enterprise_output,smelter,2020,70
        enterprise_output,smelter,2021,75
        enterprise_output,kiln,2019,30
        enterprise_output,kiln,2020,31
        enterprise_output,kiln,2023,35
        enterprise_output,newcomer,2022,8
        price_index,copper,2017,1
        price_index,copper,2018,1.1
        price_index,copper,2019,1.0
        price_index,copper,2020,1.05
        indicator,hightech,2020,150.4
        indicator,hightech,2021,160
        """;

    private static readonly ScenarioDefinition Scenario = SmallScenarios.Load(Yaml, "rebase.yaml");
    private static readonly IReadOnlyList<HistoryRow> Rows = HistoryCsv.Parse(History, "history.csv", Scenario);

    private static (RebasedScenario Rebased, ScenarioDefinition Loaded) At(int origin)
    {
        var rebased = ScenarioRebase.Rebase(Yaml, "rebase.yaml", Scenario, Rows, origin);
        return (rebased, ScenarioCompiler.Load(rebased.Request(50, 1)));
    }

    [Fact]
    public void The_origin_becomes_the_base_year_and_the_file_s_base_year_the_end()
    {
        var (_, loaded) = At(2020);

        Assert.Equal((2020, 2023), (loaded.BaseYear, loaded.EndYear));
    }

    [Fact]
    public void Enterprises_with_a_figure_at_the_origin_start_from_it_and_the_others_are_dropped()
    {
        var (rebased, loaded) = At(2020);

        Assert.Equal(["smelter", "kiln"], rebased.KeptEnterprises);
        Assert.Equal(["newcomer"], rebased.DroppedEnterprises);
        var smelter = loaded.Enterprises.Single(e => e.Id == "smelter");
        Assert.Equal(70, smelter.Output);
        // Capacity in proportion to output (200 × 70 / 100); the dated addition is gone.
        Assert.Equal(140, smelter.Capacity!.Value, 9);
        Assert.Empty(smelter.CapacityAdditions);
        Assert.Equal(31, loaded.Enterprises.Single(e => e.Id == "kiln").Output);
    }

    [Fact]
    public void Indicators_with_a_level_at_the_origin_start_from_it_a_count_rounded_and_the_others_are_dropped()
    {
        var (rebased, loaded) = At(2020);

        Assert.Equal(["hightech"], rebased.KeptIndicators);
        Assert.Equal(["patents"], rebased.DroppedIndicators);
        Assert.Equal(150, loaded.Indicators.Single().Initial);
    }

    [Fact]
    public void Only_projects_already_producing_are_kept()
    {
        var (rebased, loaded) = At(2020);

        Assert.Equal(["running"], rebased.KeptProjects);
        Assert.Equal(["building", "talking"], rebased.DroppedProjects);
        Assert.Equal(["running"], loaded.Projects.Select(p => p.Id));
    }

    [Fact]
    public void Parks_and_their_attraction_stay_without_their_dated_additions()
    {
        var (_, loaded) = At(2020);
        var park = loaded.Parks.Single();

        Assert.NotNull(park.Attraction);
        Assert.Equal((100.0, 10.0), (park.LandMu!.Value, park.PowerMw!.Value));
        Assert.Empty(park.LandAdditions);
        Assert.Empty(park.PowerAdditions);
    }

    [Fact]
    public void Targets_variants_and_tunables_are_dropped_and_kept_enterprises_are_watched()
    {
        var (_, loaded) = At(2020);

        Assert.All(loaded.Targets, t => Assert.StartsWith(ScenarioRebase.WatchPrefix, t.Id, StringComparison.Ordinal));
        Assert.Equal(["enterprise_output:smelter", "enterprise_output:kiln"], loaded.Targets.Select(t => t.Metric));
        Assert.Empty(loaded.Tunables);
        Assert.DoesNotContain(loaded.Variants, v => v.Name == "push");
    }

    [Fact]
    public void Growth_is_calibrated_on_the_history_up_to_the_origin_only()
    {
        var (rebased, loaded) = At(2020);

        // Smelter has growth 2018–2020 (three years) by 2020; its 2021 figure must not be used.
        var mean = rebased.Calibration.Parameters.Single(p => p.Path == "enterprises.smelter.growth.mean");
        Assert.Equal([2018, 2019, 2020], mean.Years);
        Assert.Equal(mean.Value, loaded.Enterprises.Single(e => e.Id == "smelter").Growth.Mean, 4);
        // Kiln has one growth by 2020: it keeps the file's constant 2% or its industry's fit, never its own.
        Assert.Contains(rebased.Notes, n => n.Contains("kiln", StringComparison.Ordinal));
    }

    [Fact]
    public void A_price_index_with_three_changes_up_to_the_origin_is_fitted_and_a_shorter_one_keeps_the_file_s()
    {
        var (_, at2020) = At(2020);
        var price = at2020.Industries.Single(i => i.Id == "copper").Price!;
        var logs = new[] { Math.Log(1.1), Math.Log(1.0 / 1.1), Math.Log(1.05) };
        var m = logs.Average();
        var sd = Math.Sqrt(logs.Sum(l => (l - m) * (l - m)) / 2);
        Assert.Equal(sd, price.Volatility, 3);
        Assert.Equal(m + sd * sd / 2, price.Drift, 3);
        Assert.Equal(0.2, price.MeanReversion);

        var (rebased, at2019) = At(2019);
        Assert.Equal(0.3, at2019.Industries.Single(i => i.Id == "copper").Price!.Volatility);
        Assert.Contains(rebased.Notes, n => n.StartsWith("price_index copper: fewer than", StringComparison.Ordinal));
    }

    [Fact]
    public void An_origin_where_the_history_gives_no_enterprise_is_refused_and_one_not_before_the_base_year_too()
    {
        var none = Assert.Throws<ScenarioValidationException>(() => ScenarioRebase.Rebase(Yaml, "rebase.yaml", Scenario, Rows, 2016));
        Assert.Contains("no enterprise_output in 2016", none.Errors[0].Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ScenarioRebase.Rebase(Yaml, "rebase.yaml", Scenario, Rows, 2023));
    }

    [Fact]
    public void A_total_is_scored_only_when_no_enterprise_that_feeds_it_was_dropped()
    {
        var (rebased, _) = At(2020);
        var industryOf = Scenario.Enterprises.ToDictionary(e => e.Id, e => e.Industry);

        Assert.False(rebased.Covers(HistoryMetric.TotalOutput, "", industryOf));
        Assert.True(rebased.Covers(HistoryMetric.IndustryOutput, "copper", industryOf));
        Assert.False(rebased.Covers(HistoryMetric.IndustryOutput, "jade", industryOf));
        Assert.False(rebased.Covers(HistoryMetric.EnterpriseOutput, "newcomer", industryOf));
    }
}
