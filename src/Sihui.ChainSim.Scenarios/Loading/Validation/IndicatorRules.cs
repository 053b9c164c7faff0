namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>A count (an indicator with exit_rate, exit_cyclicality or adds_producing_projects) holds whole units.</summary>
public static class IndicatorRules
{
    public static void Check(ValidationContext v)
    {
        var indicators = v.Scenario.Indicators;
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var initial = indicator.Initial;
            // NaN is a value that failed to map, already reported.
            if (indicator.IsCount && !double.IsNaN(initial) && (initial < 0 || initial != Math.Floor(initial) || double.IsInfinity(initial)))
            {
                v.Fail($"indicators[{i}].initial",
                    $"indicator '{indicator.Id}' is a count (it sets {CountKeys(indicator)}), so initial must be a whole number >= 0, got {initial}");
            }
        }
    }

    private static string CountKeys(Definitions.IndicatorDefinition indicator)
    {
        var keys = new List<string>();
        if (indicator.ExitRate.HasValue)
        {
            keys.Add("exit_rate");
        }
        if (indicator.ExitCyclicality.HasValue)
        {
            keys.Add("exit_cyclicality");
        }
        if (indicator.AddsProducingProjects.HasValue)
        {
            keys.Add("adds_producing_projects");
        }
        return string.Join(", ", keys);
    }
}
