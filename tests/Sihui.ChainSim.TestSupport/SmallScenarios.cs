using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.TestSupport;

/// <summary>Small scenarios as YAML, for tests that need a whole run; the file format changes less than the records.</summary>
public static class SmallScenarios
{
    /// <summary>Two enterprises in two industries; a target to reach in 2026 and a cap (<c>at_most</c>) in 2027.</summary>
    public const string ReachAndCap = """
        scenario: 样例 sample
        base_year: 2024
        end_year: 2027
        trials: 200
        seed: 7
        industries:
          - {id: copper}
          - {id: jade}
        enterprises:
          - {id: smelter, industry: copper, output: 100, growth: {dist: normal, mean: 0.05, sd: 0.05}}
          - {id: kiln, industry: jade, output: 40, growth: 0.02}
        targets:
          - {id: reach, name: 产值 Output, metric: total_output, year: 2026, at_least: 150}
          - {id: cap, name: Cap, metric: total_output, year: 2027, at_most: 160.5}
        """;

    /// <summary>Loads <paramref name="text"/> as the scenario file <paramref name="fileName"/>; throws on any error.</summary>
    public static ScenarioDefinition Load(string text, string fileName = "small.yaml") => ScenarioLoader.LoadText(text, fileName);
}
