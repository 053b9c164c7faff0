using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Observations;

/// <summary>An observation and where it was given: <c>obs.csv:3</c>, or <c>observations[2]</c> for the scenario's own list.</summary>
public sealed record ObservedRow(ObservationDefinition Observation, string Source)
{
    /// <summary>"obs.csv:3 (total_output 2024 through month 6)", as errors name a row.</summary>
    public string Label => $"{Source} ({Observation.Label})";

    /// <summary>The scenario's own `observations:` list, already validated with it.</summary>
    public static IReadOnlyList<ObservedRow> FromScenario(ScenarioDefinition scenario) =>
        scenario.Observations.Select((o, i) => new ObservedRow(o, $"observations[{i}]")).ToList();
}
