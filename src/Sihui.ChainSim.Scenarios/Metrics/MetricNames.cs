using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Metrics;

/// <summary>The metric names that targets and outputs use, and the list of every metric a scenario produces.</summary>
public static class MetricNames
{
    public const string TotalOutput = "total_output";
    public const string ValueAdded = "value_added";
    public const string ProjectsStarted = "projects_started";
    public const string ProjectsCompleted = "projects_completed";
    public const string ProjectsProducing = "projects_producing";
    public const string NewProjectInvestment = "new_project_investment";
    public const string ProjectsStalled = "projects_stalled";

    public const string GrowthPrefix = "growth:";
    public const string ComparableGrowthPrefix = "comparable_growth:";

    private const string PlainPattern =
        "total_output|value_added|projects_started|projects_completed|projects_producing|new_project_investment|projects_stalled|(industry_output|industry_value_added|park_output|enterprise_output|indicator|indicator_change|land_used):[A-Za-z0-9_-]+";

    /// <summary>The shape of every metric name, for the schema; the loader checks names against the scenario itself.</summary>
    public const string Pattern = "^((growth|comparable_growth):)?(" + PlainPattern + ")$";

    public const string Description =
        "A metric: total_output, value_added, projects_started, projects_completed, projects_producing, new_project_investment, projects_stalled, or industry_output:<industry>, industry_value_added:<industry>, park_output:<park>, enterprise_output:<enterprise>, indicator:<indicator>, indicator_change:<indicator>, land_used:<park>; or a rate: growth:<money metric>, or comparable_growth: of total_output, value_added, industry_output:<industry> or industry_value_added:<industry>.";

    public static string IndustryOutput(string industry) => $"industry_output:{industry}";
    public static string IndustryValueAdded(string industry) => $"industry_value_added:{industry}";
    public static string ParkOutput(string park) => $"park_output:{park}";
    public static string EnterpriseOutput(string enterprise) => $"enterprise_output:{enterprise}";
    public static string Indicator(string indicator) => $"indicator:{indicator}";
    public static string IndicatorChange(string indicator) => $"indicator_change:{indicator}";
    public static string LandUsed(string park) => $"land_used:{park}";

    /// <summary><c>growth:&lt;metric&gt;</c>: metric[t] / metric[t−1] − 1.</summary>
    public static string Growth(string metric) => GrowthPrefix + metric;

    /// <summary><c>comparable_growth:&lt;metric&gt;</c>: the same-basis (同口径) rate.</summary>
    public static string ComparableGrowth(string metric) => ComparableGrowthPrefix + metric;

    /// <summary>True for metrics measured in 亿元.</summary>
    public static bool IsMoney(string metric) =>
        metric is TotalOutput or ValueAdded or NewProjectInvestment
        || metric.StartsWith("industry_output:", StringComparison.Ordinal)
        || metric.StartsWith("industry_value_added:", StringComparison.Ordinal)
        || metric.StartsWith("park_output:", StringComparison.Ordinal)
        || metric.StartsWith("enterprise_output:", StringComparison.Ordinal);

    /// <summary>True for growth rates (fractions: 0.06 is 6%).</summary>
    public static bool IsRate(string metric) =>
        metric.StartsWith(GrowthPrefix, StringComparison.Ordinal) || metric.StartsWith(ComparableGrowthPrefix, StringComparison.Ordinal);

    /// <summary>The metric a rate is taken of: <c>value_added</c> for <c>growth:value_added</c>; null for a plain metric.</summary>
    public static string? RateBase(string metric) =>
        metric.StartsWith(GrowthPrefix, StringComparison.Ordinal) ? metric[GrowthPrefix.Length..]
        : metric.StartsWith(ComparableGrowthPrefix, StringComparison.Ordinal) ? metric[ComparableGrowthPrefix.Length..]
        : null;

    /// <summary>The metrics comparable_growth may be taken of: total and industry output and value added.</summary>
    public static bool HasComparableGrowth(string metric) =>
        metric is TotalOutput or ValueAdded
        || metric.StartsWith("industry_output:", StringComparison.Ordinal)
        || metric.StartsWith("industry_value_added:", StringComparison.Ordinal);

    /// <summary>
    /// False for the metrics the scenario file cannot give a base-year value for: the year's events (project moves,
    /// new_project_investment, indicator_change) and the rates. land_used is 0 and an indicator is its initial level.
    /// </summary>
    public static bool HasBaseValue(string metric) =>
        !IsRate(metric)
        && metric is not (ProjectsStarted or ProjectsCompleted or ProjectsProducing or ProjectsStalled or NewProjectInvestment)
        && !metric.StartsWith("indicator_change:", StringComparison.Ordinal);

    /// <summary>
    /// Every metric a scenario produces, in a fixed order: totals, industries, parks, enterprises, indicators, land,
    /// then the growth rates of the run-level money metrics and the comparable rates. Enterprises' growth rates are
    /// computed only when a target asks for one (see <see cref="Exists"/>), since a scenario may have thousands.
    /// </summary>
    public static IReadOnlyList<string> All(ScenarioDefinition scenario)
    {
        var plain = Plain(scenario);
        var names = new List<string>(plain);
        names.AddRange(plain.Where(m => IsMoney(m) && !m.StartsWith("enterprise_output:", StringComparison.Ordinal)).Select(Growth));
        names.AddRange(plain.Where(HasComparableGrowth).Select(ComparableGrowth));
        return names;
    }

    /// <summary>What a run computes and summarises: <see cref="All"/>, then the enterprises' growth rates that targets name.</summary>
    public static IReadOnlyList<string> Computed(ScenarioDefinition scenario)
    {
        var names = new List<string>(All(scenario));
        names.AddRange(scenario.Targets.Select(t => t.Metric).Where(m => IsEnterpriseGrowth(scenario, m)).Distinct(StringComparer.Ordinal));
        return names;
    }

    /// <summary>The metrics that are not rates, in <see cref="All"/> order.</summary>
    public static IReadOnlyList<string> Plain(ScenarioDefinition scenario)
    {
        var names = new List<string> { TotalOutput };
        var withRatio = scenario.Industries.Where(i => i.ValueAddedRatio is not null).ToList();
        if (withRatio.Count > 0)
        {
            names.Add(ValueAdded);
        }
        names.AddRange([ProjectsStarted, ProjectsCompleted, ProjectsProducing, NewProjectInvestment, ProjectsStalled]);
        names.AddRange(scenario.Industries.Select(i => IndustryOutput(i.Id)));
        names.AddRange(withRatio.Select(i => IndustryValueAdded(i.Id)));
        names.AddRange(scenario.Parks.Select(p => ParkOutput(p.Id)));
        names.AddRange(scenario.Enterprises.Select(e => EnterpriseOutput(e.Id)));
        foreach (var indicator in scenario.Indicators)
        {
            names.Add(Indicator(indicator.Id));
            names.Add(IndicatorChange(indicator.Id));
        }
        names.AddRange(scenario.Parks.Select(p => LandUsed(p.Id)));
        return names;
    }

    /// <summary>True when <paramref name="metric"/> names something the scenario can compute, including enterprises' growth.</summary>
    public static bool Exists(ScenarioDefinition scenario, string metric) =>
        All(scenario).Contains(metric, StringComparer.Ordinal) || IsEnterpriseGrowth(scenario, metric);

    /// <summary>True for <c>growth:enterprise_output:&lt;id&gt;</c> of an enterprise in the scenario.</summary>
    public static bool IsEnterpriseGrowth(ScenarioDefinition scenario, string metric)
    {
        const string prefix = GrowthPrefix + "enterprise_output:";
        if (!metric.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var id = metric[prefix.Length..];
        return scenario.Enterprises.Any(e => e.Id == id);
    }
}
