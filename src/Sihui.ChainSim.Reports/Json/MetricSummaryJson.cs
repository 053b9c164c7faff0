using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Reports.Json;

/// <summary>A metric's mean and P10/P50/P90 over trials.</summary>
public sealed record MetricSummaryJson(double Mean, double P10, double P50, double P90)
{
    public static MetricSummaryJson Of(MetricSummary summary) => new(summary.Mean, summary.P10, summary.P50, summary.P90);
}
