using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Targets name an existing metric (a rate only where it can be computed) and a simulated year.</summary>
public static class TargetRules
{
    public static void Check(ValidationContext v)
    {
        var s = v.Scenario;
        var metrics = MetricNames.All(s);
        var known = new HashSet<string>(metrics, StringComparer.Ordinal);
        bool Exists(string metric) => known.Contains(metric) || MetricNames.IsEnterpriseGrowth(s, metric);
        for (var i = 0; i < s.Targets.Count; i++)
        {
            var target = s.Targets[i];
            var path = $"targets[{i}]";
            if (target.Metric.Length > 0 && !Exists(target.Metric))
            {
                v.Fail($"{path}.metric", $"target '{target.Id}' {Unknown(s, target.Metric, metrics)}");
            }
            var yearsKnown = s.BaseYear != Placeholder.Integer && s.EndYear != Placeholder.Integer;
            if (yearsKnown && target.Year != Placeholder.Integer && (target.Year <= s.BaseYear || target.Year > s.EndYear))
            {
                v.Fail($"{path}.year", $"target '{target.Id}' year {target.Year} is outside the simulated years {s.BaseYear + 1}..{s.EndYear}");
            }
            else if (yearsKnown && target.Year == s.BaseYear + 1 && MetricNames.RateBase(target.Metric) is { } of
                     && Exists(target.Metric) && !MetricNames.HasBaseValue(of))
            {
                v.Fail($"{path}.year", $"target '{target.Id}' on '{target.Metric}' in {target.Year} cannot be computed: '{of}' has no base-year value, so its first rate is in {s.BaseYear + 2}");
            }
        }
    }

    // Why a name is refused: a rate of something that has no rate, or a plain unknown name.
    private static string Unknown(Definitions.ScenarioDefinition s, string metric, IReadOnlyList<string> metrics)
    {
        var of = MetricNames.RateBase(metric);
        if (of is not null && MetricNames.Plain(s).Contains(of, StringComparer.Ordinal))
        {
            return metric.StartsWith(MetricNames.GrowthPrefix, StringComparison.Ordinal)
                ? $"uses '{metric}', but '{of}' is not a money metric; growth: takes total_output, value_added, new_project_investment and industry, industry value-added, park and enterprise outputs"
                : $"uses '{metric}', but comparable_growth: takes only total_output, value_added, industry_output:<industry> and industry_value_added:<industry>";
        }
        return $"uses unknown metric '{metric}'{Suggest.Hint(metric, metrics, '\'')}";
    }
}
