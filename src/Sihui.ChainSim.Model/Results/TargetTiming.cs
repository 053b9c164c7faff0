namespace Sihui.ChainSim.Model.Results;

/// <summary>
/// Time to target: when each trial first meets a target's threshold, over every simulated year.
/// A quantile is the first year by which at least that share of trials has met it (the inverse of the empirical
/// distribution), or null when too many trials never meet it by the last simulated year.
/// </summary>
public sealed record TargetTiming(
    string TargetId,
    int? FirstYearP10,
    int? FirstYearP50,
    int? FirstYearP90,
    double NeverShare,
    int FromYear,
    IReadOnlyList<int> FirstMetCounts)
{
    /// <summary>The share of trials that have met the threshold by <paramref name="year"/> (cumulative).</summary>
    public double MetByShare(int year, int trials)
    {
        var count = 0;
        for (var i = 0; i < FirstMetCounts.Count && FromYear + i <= year; i++)
        {
            count += FirstMetCounts[i];
        }
        return trials == 0 ? 0 : (double)count / trials;
    }
}
