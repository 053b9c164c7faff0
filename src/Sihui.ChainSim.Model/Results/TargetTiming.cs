namespace Sihui.ChainSim.Model.Results;

/// <summary>
/// Time to target: per trial, the first simulated year of the target's event. For an <c>at_least</c> target the event
/// is meeting the threshold; for an <c>at_most</c> target (a cap) it is the first breach, since a cap starts out met.
/// A quantile is the first year by which at least that share of trials has had the event (the inverse of the empirical
/// distribution), or null when too many trials never have it by the last simulated year.
/// </summary>
public sealed record TargetTiming(
    string TargetId,
    int? FirstYearP10,
    int? FirstYearP50,
    int? FirstYearP90,
    double NeverShare,
    int FromYear,
    IReadOnlyList<int> FirstYearCounts)
{
    /// <summary>What the years count: the first year meeting the threshold, or the first year breaching a cap.</summary>
    public TimingEvent Event { get; init; } = TimingEvent.FirstMet;

    /// <summary>The target's own year.</summary>
    public int TargetYear { get; init; }

    public int Trials { get; init; }

    /// <summary>
    /// In a nowcast, each year's normalised weight of trials first having the event; null in a plain run. The
    /// quantiles, the never share and <see cref="HoldsEveryYear"/> then follow these, while
    /// <see cref="FirstYearCounts"/> stays the raw count of trials.
    /// </summary>
    public IReadOnlyList<double>? FirstYearShares { get; init; }

    /// <summary>The effective sample size behind <see cref="FirstYearShares"/>; null in a plain run.</summary>
    public double? Ess { get; init; }

    /// <summary>The first year in which any trial has the event; null when none does.</summary>
    public int? EarliestYear
    {
        get
        {
            var i = 0;
            while (i < FirstYearCounts.Count && FirstYearCounts[i] == 0)
            {
                i++;
            }
            return i < FirstYearCounts.Count ? FromYear + i : null;
        }
    }

    /// <summary>
    /// For a cap: the share of trials in which the limit holds in every year up to and including the target year.
    /// Null for an <c>at_least</c> target, where the target's probability already says it.
    /// </summary>
    public ProbabilityEstimate? HoldsEveryYear => Event != TimingEvent.FirstBreach
        ? null
        : FirstYearShares is { } shares && Ess is { } ess
            ? Weighted(1 - ShareBy(shares, TargetYear), ess)
            : ProbabilityEstimate.Of(Trials - CountBy(TargetYear), Trials);

    // Successes and trials stay the raw counts; the interval is Wilson's at the ESS, as for a conditioned target.
    private ProbabilityEstimate Weighted(double p, double ess)
    {
        var (low, high) = Statistics.TrialStatistics.Wilson95(p, ess);
        return new ProbabilityEstimate(p, low, high, Trials - CountBy(TargetYear), Trials);
    }

    private double ShareBy(IReadOnlyList<double> shares, int year)
    {
        var share = 0.0;
        for (var i = 0; i < shares.Count && FromYear + i <= year; i++)
        {
            share += shares[i];
        }
        return Math.Min(1, share);
    }

    /// <summary>The share of trials that have had the event by <paramref name="year"/> (cumulative).</summary>
    public double MetByShare(int year, int trials) => trials == 0 ? 0 : (double)CountBy(year) / trials;

    private int CountBy(int year)
    {
        var count = 0;
        for (var i = 0; i < FirstYearCounts.Count && FromYear + i <= year; i++)
        {
            count += FirstYearCounts[i];
        }
        return count;
    }
}

/// <summary>The event a <see cref="TargetTiming"/> dates.</summary>
public enum TimingEvent
{
    /// <summary>An <c>at_least</c> target's metric first reaches the threshold.</summary>
    FirstMet,

    /// <summary>An <c>at_most</c> target's metric first exceeds its cap.</summary>
    FirstBreach,
}
