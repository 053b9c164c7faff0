namespace Sihui.ChainSim.Model.Statistics;

/// <summary>A metric's distribution over trials in one year: the mean and three empirical quantiles.</summary>
public sealed record MetricSummary(double Mean, double P10, double P50, double P90);
