using System.Diagnostics.CodeAnalysis;
using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Reports.Json;

/// <summary>One simulated year: each metric's summary over trials, keyed by the metric's name in the result's order.</summary>
public sealed record YearJson(int Year, IReadOnlyDictionary<string, MetricSummaryJson> Metrics)
{
    public static YearJson Of(YearResult year) => new(year.Year, new ResultMetrics(year.Metrics));

    /// <summary>
    /// The year's metrics as they are written, in the result's order, without a copy: a run may have a million
    /// enterprise-years. Looking one up searches the list, which only tests do.
    /// </summary>
    private sealed class ResultMetrics(IReadOnlyList<NamedSummary> metrics) : IReadOnlyDictionary<string, MetricSummaryJson>
    {
        public int Count => metrics.Count;

        public IEnumerable<string> Keys => metrics.Select(m => m.Metric);

        public IEnumerable<MetricSummaryJson> Values => metrics.Select(m => MetricSummaryJson.Of(m.Summary));

        public MetricSummaryJson this[string key] =>
            TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no metric {key} in the year");

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out MetricSummaryJson value)
        {
            var found = metrics.FirstOrDefault(m => string.Equals(m.Metric, key, StringComparison.Ordinal));
            value = found is null ? null : MetricSummaryJson.Of(found.Summary);
            return found is not null;
        }

        public IEnumerator<KeyValuePair<string, MetricSummaryJson>> GetEnumerator() =>
            metrics.Select(m => KeyValuePair.Create(m.Metric, MetricSummaryJson.Of(m.Summary))).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
