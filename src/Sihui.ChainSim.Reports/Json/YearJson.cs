using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Reports.Json;

/// <summary>One simulated year: each metric's summary over trials, keyed by the metric's name in the result's order.</summary>
public sealed record YearJson(int Year, IReadOnlyDictionary<string, MetricSummaryJson> Metrics)
{
    public static YearJson Of(YearResult year)
    {
        // OrderedDictionary keeps the result's metric order in the file, which a plain Dictionary does not promise.
        var metrics = new OrderedDictionary<string, MetricSummaryJson>(StringComparer.Ordinal);
        foreach (var metric in year.Metrics)
        {
            metrics.Add(metric.Metric, MetricSummaryJson.Of(metric.Summary));
        }
        return new YearJson(year.Year, metrics);
    }
}
