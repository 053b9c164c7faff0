namespace Sihui.ChainSim.Analysis.Tests.Results;

/// <summary>Scenarios with caps (<c>at_most</c> targets) whose breaches can be worked out by hand.</summary>
public static class CapScenarios
{
    /// <summary>Constant 10% growth from 100: 110, 121, 133.1, 146.41.</summary>
    public const string ConstantCaps = """
        scenario: constant-caps
        base_year: 2023
        end_year: 2027
        trials: 50
        seed: 3
        industries:
          - {id: only}
        enterprises:
          - {id: firm, industry: only, output: 100, growth: 0.1}
        targets:
          - {id: cap_125_by_2025, metric: total_output, year: 2025, at_most: 125}
          - {id: cap_125_by_2027, metric: total_output, year: 2027, at_most: 125}
          - {id: reach_130, metric: total_output, year: 2027, at_least: 130}
        """;

    /// <summary>Growth drawn each year around 10%: output can rise above a cap, then fall back under it.</summary>
    public const string RandomCaps = """
        scenario: random-caps
        base_year: 2023
        end_year: 2025
        trials: 4000
        seed: 5
        industries:
          - {id: only}
        enterprises:
          - {id: firm, industry: only, output: 100, growth: {dist: normal, mean: 0.1, sd: 0.1}}
        targets:
          - {id: cap_2024, metric: total_output, year: 2024, at_most: 118}
          - {id: cap_2025, metric: total_output, year: 2025, at_most: 118}
        """;
}
