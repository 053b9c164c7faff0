using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Scenarios.Observations;

/// <summary>Which metrics a monthly figure can be published for, and whether each is money or a count.</summary>
/// <remarks>
/// Rates (growth:*), land, stalls and indicator changes are left out: they do not accumulate through the year
/// as a share of an annual total. Names a scenario does not produce are refused elsewhere, as unknown metrics.
/// </remarks>
public static class ObservableMetrics
{
    /// <summary>Counts of project events in the year.</summary>
    private static readonly string[] CountNames = [MetricNames.ProjectsStarted, MetricNames.ProjectsCompleted, MetricNames.ProjectsProducing];

    private const string IndicatorPrefix = "indicator:";

    /// <summary>What the refusal lists as observable.</summary>
    public const string Allowed =
        "money metrics (total_output, new_project_investment, industry_output:<id>, park_output:<id>, enterprise_output:<id>), "
        + "projects_started, projects_completed, projects_producing, and count indicators (indicator:<id> with exit_rate, exit_cyclicality or adds_producing_projects)";

    /// <summary>Money or count; null when <paramref name="metric"/> cannot be observed (or is not the scenario's).</summary>
    public static ObservedKind? Kind(ScenarioDefinition scenario, string metric)
    {
        // Every money metric is a total that accumulates through the year.
        if (MetricNames.IsMoney(metric))
        {
            return ObservedKind.Money;
        }
        if (CountNames.Contains(metric, StringComparer.Ordinal))
        {
            return ObservedKind.Count;
        }
        if (metric.StartsWith(IndicatorPrefix, StringComparison.Ordinal))
        {
            var id = metric[IndicatorPrefix.Length..];
            return scenario.Indicators.FirstOrDefault(i => i.Id == id) is { } indicator && IsCount(indicator) ? ObservedKind.Count : null;
        }
        return null;
    }

    /// <summary>
    /// A count indicator (one with exit_rate, exit_cyclicality or adds_producing_projects: a stock of firms with entry
    /// and exit) can be observed; a plain indicator's level is a score, not a count that accumulates through the year.
    /// </summary>
    public static bool IsCount(IndicatorDefinition indicator) => indicator.IsCount;
}
