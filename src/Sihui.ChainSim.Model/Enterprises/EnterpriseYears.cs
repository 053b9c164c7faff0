using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Enterprises;

/// <summary>
/// An enterprise's output value over consecutive years, per year and trial, and each year's summary (empty when no
/// output asks for enterprise summaries).
/// </summary>
public sealed record EnterpriseYears(double[][] Values, MetricSummary[] Summaries);
