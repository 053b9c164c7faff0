using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Mapping;

namespace Sihui.ChainSim.Scenarios.History;

/// <summary>
/// A history row names a known metric and, when a scenario is given, one of its ids; values are numbers, output
/// is not negative, and each metric, id and year is given once.
/// </summary>
public static class HistoryRules
{
    public static void Check(IReadOnlyList<HistoryRowDefinition> rows, SourceMap marks, ErrorList errors, ScenarioDefinition? scenario)
    {
        var seen = new Dictionary<(string, string, int), int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var path = $"{HistoryCsv.List}[{i}]";
            void Fail(string field, string message) => errors.Add(marks[$"{path}.{field}"], $"{path}.{field}", message);
            var id = row.Id ?? "";
            if (!HistoryMetric.All.Contains(row.Metric, StringComparer.Ordinal))
            {
                if (row.Metric.Length > 0)
                {
                    Fail("metric", $"unknown metric '{row.Metric}'{Suggest.Hint(row.Metric, HistoryMetric.All, '\'')}; a history gives {string.Join(", ", HistoryMetric.All)}");
                }
                continue;
            }
            if (HistoryMetric.NeedsId(row.Metric) && id.Length == 0)
            {
                Fail("id", $"{row.Metric} needs the id of its {HistoryMetric.IdKind(row.Metric)}");
            }
            else if (HistoryMetric.IdKind(row.Metric) is null && id.Length > 0)
            {
                Fail("id", $"{row.Metric} is the city's figure and takes no id, got '{id}'");
            }
            else if (scenario is not null && id.Length > 0 && Known(scenario, row.Metric) is { } known && !known.Contains(id, StringComparer.Ordinal))
            {
                Fail("id", $"unknown {HistoryMetric.IdKind(row.Metric)} '{id}'{Suggest.Hint(id, known, '\'')} in {scenario.Name}");
            }
            if (double.IsNaN(row.Value))
            {
                continue; // refused as not a number
            }
            if (double.IsInfinity(row.Value))
            {
                Fail("value", $"the value must be a finite number, got {row.Value}");
            }
            else if (HistoryMetric.IsNonNegative(row.Metric) && row.Value < 0)
            {
                Fail("value", $"{row.Metric} cannot be negative, got {row.Value}");
            }
            else if (row.Metric == HistoryMetric.PriceIndex && row.Value == 0)
            {
                Fail("value", "a price index must be above 0, as growth is deflated by it");
            }
            if (row.Year != Placeholder.Integer && !seen.TryAdd((row.Metric, id, row.Year), i))
            {
                var first = marks[$"{HistoryCsv.List}[{seen[(row.Metric, id, row.Year)]}]"];
                Fail("year", $"{(id.Length == 0 ? row.Metric : $"{row.Metric} {id}")} {row.Year} is given twice; the first is on line {first.Line}");
            }
        }
    }

    private static IReadOnlyList<string>? Known(ScenarioDefinition s, string metric) => HistoryMetric.IdKind(metric) switch
    {
        "enterprise" => s.Enterprises.Select(e => e.Id).ToList(),
        "industry" => s.Industries.Select(i => i.Id).ToList(),
        "indicator" => s.Indicators.Select(i => i.Id).ToList(),
        _ => null,
    };
}
