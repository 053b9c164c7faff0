using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Engine;

/// <summary>
/// A park's year as the run sees it: the park's sums, a summary per enterprise (in the park's enterprise order),
/// and per-trial values of the enterprises that targets watch (null for the others).
/// </summary>
public sealed record ParkYearOutcome(
    ParkYearResult Park,
    IReadOnlyList<MetricSummary> EnterpriseSummaries,
    IReadOnlyList<double[]?> WatchedEnterpriseValues);
