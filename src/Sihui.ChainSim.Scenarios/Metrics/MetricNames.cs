using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Metrics;

/// <summary>The metric names that targets and outputs use, and the list of every metric a scenario produces.</summary>
public static class MetricNames
{
    public const string TotalOutput = "total_output";
    public const string ProjectsStarted = "projects_started";
    public const string ProjectsCompleted = "projects_completed";
    public const string ProjectsProducing = "projects_producing";
    public const string NewProjectInvestment = "new_project_investment";
    public const string ProjectsStalled = "projects_stalled";

    /// <summary>The shape of every metric name, for the schema; the loader checks names against the scenario itself.</summary>
    public const string Pattern =
        "^(total_output|projects_started|projects_completed|projects_producing|new_project_investment|projects_stalled|(industry_output|park_output|enterprise_output|indicator|indicator_change|land_used):[A-Za-z0-9_-]+)$";

    public const string Description =
        "A metric: total_output, projects_started, projects_completed, projects_producing, new_project_investment, projects_stalled, or industry_output:<industry>, park_output:<park>, enterprise_output:<enterprise>, indicator:<indicator>, indicator_change:<indicator>, land_used:<park>.";

    public static string IndustryOutput(string industry) => $"industry_output:{industry}";
    public static string ParkOutput(string park) => $"park_output:{park}";
    public static string EnterpriseOutput(string enterprise) => $"enterprise_output:{enterprise}";
    public static string Indicator(string indicator) => $"indicator:{indicator}";
    public static string IndicatorChange(string indicator) => $"indicator_change:{indicator}";
    public static string LandUsed(string park) => $"land_used:{park}";

    /// <summary>Every metric a scenario produces, in a fixed order: totals, industries, parks, enterprises, indicators, land.</summary>
    public static IReadOnlyList<string> All(ScenarioDefinition scenario)
    {
        var names = new List<string> { TotalOutput, ProjectsStarted, ProjectsCompleted, ProjectsProducing, NewProjectInvestment, ProjectsStalled };
        names.AddRange(scenario.Industries.Select(i => IndustryOutput(i.Id)));
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

    /// <summary>True when <paramref name="metric"/> names something in the scenario.</summary>
    public static bool Exists(ScenarioDefinition scenario, string metric) => All(scenario).Contains(metric, StringComparer.Ordinal);
}
