using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Metrics;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>
/// Observations name an observable metric and a simulated year; counts are whole; money needs an uncertain share.
/// The scenario's `observations:` list and an observations CSV file are checked by these same rules.
/// </summary>
public static class ObservationRules
{
    /// <summary>The scenario's own `observations:` list.</summary>
    public static void Check(ValidationContext v) => Check(v, v.Scenario.Observations);

    /// <summary>Rows whose fields were mapped at <c>observations[i].field</c>.</summary>
    public static void Check(ValidationContext v, IReadOnlyList<ObservationDefinition> rows)
    {
        var s = v.Scenario;
        var metrics = MetricNames.All(s);
        var seen = new HashSet<(string, int)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var path = $"observations[{i}]";
            var kind = Metric(v, row, metrics, path);
            Year(v, row, path);
            if (kind == ObservedKind.Count)
            {
                Count(v, row, path);
            }
            else if (kind == ObservedKind.Money)
            {
                Money(v, row, path);
            }
            // Year-to-date figures of one year overlap, and rows are weighed as independent: a second would count twice.
            if (row.Metric.Length > 0 && row.Year != Placeholder.Integer && !seen.Add((row.Metric, row.Year)))
            {
                v.Fail($"{path}.metric", $"{row.Metric} {row.Year} is observed more than once; give only the latest month of each metric and year, which already holds the earlier months");
            }
        }
    }

    private static ObservedKind? Metric(ValidationContext v, ObservationDefinition row, IReadOnlyList<string> metrics, string path)
    {
        if (row.Metric.Length == 0)
        {
            return null;
        }
        if (!metrics.Contains(row.Metric, StringComparer.Ordinal))
        {
            v.Fail($"{path}.metric", $"unknown metric '{row.Metric}'{Suggest.Hint(row.Metric, metrics, '\'')}");
            return null;
        }
        var kind = ObservableMetrics.Kind(v.Scenario, row.Metric);
        if (kind is null)
        {
            v.Fail($"{path}.metric", $"'{row.Metric}' cannot be observed: only {ObservableMetrics.Allowed} can");
        }
        return kind;
    }

    private static void Year(ValidationContext v, ObservationDefinition row, string path)
    {
        var s = v.Scenario;
        var yearsKnown = s.BaseYear != Placeholder.Integer && s.EndYear != Placeholder.Integer;
        if (yearsKnown && row.Year != Placeholder.Integer && (row.Year <= s.BaseYear || row.Year > s.EndYear))
        {
            v.Fail($"{path}.year", $"year {row.Year} is outside the simulated years {s.BaseYear + 1}..{s.EndYear}");
        }
    }

    private static void Count(ValidationContext v, ObservationDefinition row, string path)
    {
        if (row.GrowthYoy is not null)
        {
            v.Fail($"{path}.growth_yoy", $"{row.Metric} is a count: give the number itself as value, not growth_yoy");
        }
        if (row.Value is not { } value || double.IsNaN(value))
        {
            return;
        }
        if (value != Math.Floor(value) || value > int.MaxValue)
        {
            v.Fail($"{path}.value", $"{row.Metric} is a count, so its value must be a whole number, got {value}");
        }
        else if (value > 0 && row.ThroughMonth is >= 1 and <= SeasonalityDefinition.Months
            && SeasonalityDefinition.For(v.Scenario, row.Metric) is { Shares.Count: SeasonalityDefinition.Months } seasonality
            && seasonality.Share(row.ThroughMonth) == 0)
        {
            // Binomial thinning with a share of 0 sees nothing, so no trial could explain the figure.
            v.Fail($"{path}.value", $"the seasonality of {row.Metric} has share 0 through month {row.ThroughMonth}, so nothing can be counted by then, but the value is {value}");
        }
    }

    private static void Money(ValidationContext v, ObservationDefinition row, string path)
    {
        if (row.ThroughMonth is < 1 or > SeasonalityDefinition.Months)
        {
            return; // refused by its range
        }
        var seasonality = SeasonalityDefinition.For(v.Scenario, row.Metric);
        if (seasonality.ShareSd.Count == SeasonalityDefinition.Months && seasonality.Sd(row.ThroughMonth) == 0)
        {
            v.Fail($"{path}.through_month",
                $"the seasonality of {row.Metric} has share_sd 0 in month {row.ThroughMonth}, so a money figure through that month cannot be weighed; give that month's share_sd above 0");
        }
    }
}
