using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Targets name an existing metric and a simulated year.</summary>
public static class TargetRules
{
    public static void Check(ValidationContext v)
    {
        var s = v.Scenario;
        var metrics = MetricNames.All(s);
        for (var i = 0; i < s.Targets.Count; i++)
        {
            var target = s.Targets[i];
            var path = $"targets[{i}]";
            if (target.Metric.Length > 0 && !metrics.Contains(target.Metric, StringComparer.Ordinal))
            {
                v.Fail($"{path}.metric", $"target '{target.Id}' uses unknown metric '{target.Metric}'{Suggest.Hint(target.Metric, metrics, '\'')}");
            }
            var yearsKnown = s.BaseYear != Placeholder.Integer && s.EndYear != Placeholder.Integer;
            if (yearsKnown && target.Year != Placeholder.Integer && (target.Year <= s.BaseYear || target.Year > s.EndYear))
            {
                v.Fail($"{path}.year", $"target '{target.Id}' year {target.Year} is outside the simulated years {s.BaseYear + 1}..{s.EndYear}");
            }
        }
    }
}
