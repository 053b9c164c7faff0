namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>Scenario texts shared by the loader tests.</summary>
internal static class ScenarioTexts
{
    /// <summary>A scenario that uses every section of the format.</summary>
    public const string Rich = """
        scenario: 四会 baseline
        description: Copper and jade chains
        base_year: 2024
        end_year: 2030
        trials: 500
        economy:
          shock: {dist: normal, mean: 0, sd: 0.01}
        industries:
          - id: copper
            name: 铜 Copper
            shock: {dist: normal, mean: 0, sd: 0.02}
            price: {drift: 0.01, volatility: 0.15}
          - id: jade
          - id: electronics
            name: 电子 Electronics
        linkages:
          - {supplier: copper, buyer: electronics, coefficient: 0.2}
          - {supplier: electronics, buyer: electronics, coefficient: 0.05}
        parks:
          - id: hitech
            name: 高新区
            land_mu: 1200
            land_additions: {2026: 300}
            power_mw: 80
            attraction:
              projects_per_year: {dist: poisson, mean: 3}
              investment_per_project: {dist: lognormal, mu: 1.0, sigma: 0.5}
              industry_mix: {copper: 2, electronics: 1}
              project:
                start_probability: 0.6
                ramp_up: [0.3, 0.7, 1.0]
          - id: jade_town
        enterprises:
          - id: jintian
            name: 金田铜业
            industry: copper
            park: hitech
            output: 350
            capacity: 400
            capacity_additions: {2027: 50}
            growth: {dist: normal, mean: 0.06, sd: 0.03}
            chain_master:
              suppliers_per_year: {dist: poisson, mean: 1.5}
              investment: {dist: triangular, min: 0.5, mode: 1, max: 3}
              industry: electronics
          - id: jade_rest
            industry: jade
            output: 80
            growth: 0.02
        projects:
          - id: wire_plant
            industry: copper
            park: hitech
            stage: started
            investment: 12.5
            build_years: {dist: uniform, min: 1, max: 3}
        indicators:
          - id: hightech_firms
            name: 高新技术企业
            initial: 120
            annual_change: {dist: pert, min: 5, mode: 10, max: 20}
        targets:
          - id: output_2030
            metric: total_output
            year: 2030
            at_least: 600
          - id: land_2028
            metric: land_used:hitech
            year: 2028
            at_most: 1000
        variants:
          high:
            description: Faster copper growth
            set:
              enterprises.jintian.growth.mean: 0.09
              trials: 1000
          lowland:
            set:
              parks.hitech.land_additions.2027: 100
        tunables:
          - path: enterprises.jintian.growth.mean
            label: Jintian growth
            label_zh: 金田增速
            group: copper
            min: 0
            max: 0.2
            step: 0.01
        """;

    /// <summary>A small valid scenario that the malformed cases change one line of.</summary>
    public const string Minimal = """
        scenario: test
        base_year: 2024
        end_year: 2030
        industries:
          - id: copper
          - id: jade
        parks:
          - id: hitech
        enterprises:
          - id: jintian
            industry: copper
            park: hitech
            output: 100
            growth: {dist: normal, mean: 0.05, sd: 0.02}
        """;
}
