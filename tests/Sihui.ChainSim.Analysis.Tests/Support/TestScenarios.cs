using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Contracts;

namespace Sihui.ChainSim.Analysis.Tests.Support;

/// <summary>Small scenarios with known answers, as columns.</summary>
public static class TestScenarios
{
    /// <summary>Two industries in two parks, a linkage, attraction, an unparked enterprise, variants and tunables.</summary>
    public const string TwoIndustries = """
        scenario: two-industries
        base_year: 2023
        end_year: 2026
        trials: 400
        seed: 11
        economy:
          shock: {dist: normal, mean: 0, sd: 0.02}
        industries:
          - {id: copper, name: 铜 Copper, price: {drift: 0.01, volatility: 0.1}}
          - {id: food, name: 食品 Food}
        linkages:
          - {supplier: food, buyer: copper, coefficient: 0.1}
        parks:
          - id: hitech
            name: 高新区 High-tech
            land_mu: 500
            attraction:
              projects_per_year: {dist: poisson, mean: 2}
              investment_per_project: {dist: lognormal, mu: 1, sigma: 0.4}
              industry_mix: {copper: 1}
              project: {start_probability: 0.6, build_years: 1, output_per_investment: 1.5}
          - {id: foodpark, name: 食品园 Food park}
        enterprises:
          - {id: smelter, industry: copper, park: hitech, output: 100, growth: {dist: normal, mean: 0.05, sd: 0.05}}
          - {id: bakery, industry: food, park: foodpark, output: 40, growth: {dist: normal, mean: 0.03, sd: 0.04}}
          - {id: stall, industry: food, output: 5, growth: 0.02}
        indicators:
          - {id: firms, initial: 30, annual_change: {dist: poisson, mean: 3}}
        targets:
          - {id: copper_2025, metric: 'industry_output:copper', year: 2025, at_least: 125}
          - {id: total_2026, metric: total_output, year: 2026, at_least: 175}
        variants:
          push:
            description: More signings and a faster smelter.
            set:
              parks.hitech.attraction.projects_per_year.mean: 4
              enterprises.smelter.growth.mean: 0.08
              enterprises.bakery.growth.mean: 0.05
        tunables:
          - {path: enterprises.smelter.growth.mean, label: Smelter growth, label_zh: 冶炼增速, min: 0, max: 0.1, step: 0.01}
          - {path: enterprises.bakery.growth.mean, label: Bakery growth, min: 0, max: 0.08, step: 0.01}
          - {path: parks.hitech.attraction.projects_per_year.mean, label: Signings, min: 0, max: 5, step: 0.5}
          - {path: indicators.firms.annual_change.mean, label: New firms per year, min: 0, max: 10, step: 1}
        """;

    /// <summary>One enterprise, output 100, growth normal(mu, 0.1); target total_output ≥ 110 after one year.</summary>
    public const string NormalGrowth = """
        scenario: normal-growth
        base_year: 2023
        end_year: 2024
        trials: 20000
        seed: 5
        industries:
          - {id: only}
        enterprises:
          - {id: firm, industry: only, output: 100, growth: {dist: normal, mean: 0.1, sd: 0.1}}
        targets:
          - {id: reach, metric: total_output, year: 2024, at_least: 110}
        """;

    /// <summary>Constant 10% growth from 100: 110, 121, 133.1, 146.41; a target of 130 is first met in 2026.</summary>
    public const string ConstantGrowth = """
        scenario: constant-growth
        base_year: 2023
        end_year: 2027
        trials: 50
        seed: 3
        industries:
          - {id: only}
        enterprises:
          - {id: firm, industry: only, output: 100, growth: 0.1}
        targets:
          - {id: reach_130, metric: total_output, year: 2027, at_least: 130}
          - {id: never_500, metric: 'enterprise_output:firm', year: 2025, at_least: 500}
          - {id: below_50, metric: total_output, year: 2024, at_most: 50}
        """;

    public static LabelledRun Column(string text, string? variant = null, string? label = null) =>
        new(label ?? variant ?? "baseline", new RunRequest { ScenarioText = text, FileName = "test.yaml", LoadOptions = new() { Variant = variant } });
}
