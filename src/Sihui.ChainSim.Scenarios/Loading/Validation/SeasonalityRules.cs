using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Each seasonality names an observable metric of the scenario, and its shares never fall and end at 1.</summary>
public static class SeasonalityRules
{
    public static void Check(ValidationContext v)
    {
        var metrics = MetricNames.All(v.Scenario);
        foreach (var (metric, seasonality) in v.Scenario.Seasonality)
        {
            var path = $"seasonality.{metric}";
            if (!metrics.Contains(metric, StringComparer.Ordinal))
            {
                v.Fail(path, $"unknown metric '{metric}'{Suggest.Hint(metric, metrics, '\'')}");
            }
            else if (ObservableMetrics.Kind(v.Scenario, metric) is null)
            {
                v.Fail(path, $"'{metric}' cannot have a seasonality: only {ObservableMetrics.Allowed} can");
            }
            // A missing `shares` (reported while mapping) leaves it null.
            if (seasonality.Shares is { } shares)
            {
                Shares(v, $"{path}.shares", shares);
            }
        }
    }

    private static void Shares(ValidationContext v, string path, IReadOnlyList<double> shares)
    {
        // A wrong length is reported where the list is read; the order rules need every month.
        if (shares.Count != SeasonalityDefinition.Months || shares.Any(double.IsNaN))
        {
            return;
        }
        for (var m = 1; m < shares.Count; m++)
        {
            if (shares[m] < shares[m - 1])
            {
                v.Fail($"{path}[{m}]", $"cumulative shares never fall, but month {m + 1}'s {shares[m]} is below month {m}'s {shares[m - 1]}");
            }
        }
        var last = shares[^1];
        if (Math.Abs(last - 1) > SeasonalityDefinition.LastShareTolerance)
        {
            v.Fail($"{path}[{shares.Count - 1}]", $"December's cumulative share is the whole year, so it must be 1, got {last}");
        }
    }
}
