namespace Sihui.ChainSim.Runner.Tests.Support;

/// <summary>A small scenario that uses every model feature, for engine comparisons.</summary>
public static class TestScenarios
{
    public const string AllFeatures = """
        scenario: all-features
        base_year: 2023
        end_year: 2027
        trials: 300
        seed: 7
        economy:
          shock: {dist: normal, mean: 0, sd: 0.02, persistence: 0.5}
        industries:
          - id: copper
            shock: {dist: normal, mean: 0, sd: 0.03}
            price: {drift: 0.01, volatility: 0.2}
            value_added_ratio: 0.15
          - id: parts
            shock: {dist: uniform, min: -0.02, max: 0.02, persistence: 0.3}
            value_added_ratio: 0.3
          - id: food
        linkages:
          - {supplier: copper, buyer: parts, coefficient: 0.2}
          - {supplier: food, buyer: food, coefficient: 0.05}
        parks:
          - id: hitech
            land_mu: 300
            land_additions: {2025: 200}
            power_mw: 40
            power_additions: {2026: 60}
            attraction:
              projects_per_year: {dist: poisson, mean: 2}
              investment_per_project: {dist: lognormal, mu: 1, sigma: 0.5}
              industry_mix: {copper: 1, parts: 2}
              project:
                land_mu_per_investment: 10
                power_mw_per_investment: 1
                start_probability: 0.6
                stall_probability: 0.05
                build_years: {dist: triangular, min: 0.5, mode: 1, max: 2.5}
                commission_years: {dist: pert, min: 0, mode: 0.5, max: 1.5}
                output_per_investment: 1.2
                ramp_up: [0.4, 0.8, 1.0]
          - id: foodpark
            land_mu: 50
        enterprises:
          - id: bigcopper
            industry: copper
            park: hitech
            output: 160
            capacity: 200
            capacity_additions: {2026: 50}
            growth: {dist: normal, mean: 0.06, sd: 0.05}
            chain_master: {suppliers_per_year: {dist: bernoulli, p: 0.5}, investment: 3, industry: parts}
          - id: parts-rest
            industry: parts
            park: hitech
            output: 40
            growth: {dist: pert, min: -0.05, mode: 0.05, max: 0.2, persistence: 0.6}
          - id: snacks
            industry: food
            park: foodpark
            output: 20
            growth: 0.03
          - id: loose
            industry: food
            output: 5
            growth: {dist: triangular, min: -0.1, mode: 0, max: 0.1}
        projects:
          - {id: p1, industry: copper, park: hitech, stage: signed, investment: 10, land_mu: 100, power_mw: 20, start_probability: 0.7, build_years: 1.5}
          - {id: p2, industry: parts, park: hitech, stage: started, investment: 5, power_mw: 10, build_years: {dist: uniform, min: 0, max: 2}}
          - {id: p3, industry: food, park: foodpark, stage: completed, investment: 2, commission_years: 1}
          - {id: p4, industry: food, stage: producing, investment: 1, ramp_up: [0.5, 1]}
        indicators:
          - {id: hightech, initial: 200, annual_change: {dist: poisson, mean: 10}}
          - {id: firms, initial: 300, annual_change: {dist: poisson, mean: 12}, exit_rate: 0.05, exit_cyclicality: 3, adds_producing_projects: true}
        targets:
          - {id: total, metric: total_output, year: 2024, at_least: 240}
          - {id: started, metric: projects_started, year: 2024, at_least: 2}
          - {id: copper, metric: enterprise_output:bigcopper, year: 2026, at_least: 180}
          - {id: va-growth, metric: growth:value_added, year: 2024, at_least: 0.06}
          - {id: same-basis, metric: comparable_growth:total_output, year: 2026, at_least: 0.05}
          - {id: copper-growth, metric: growth:enterprise_output:bigcopper, year: 2025, at_least: 0.05}
          - {id: land, metric: land_used:hitech, year: 2027, at_most: 400}
          - {id: ht, metric: indicator:hightech, year: 2025, at_least: 215}
        """;
}
