using Sihui.ChainSim.Model.Results;

namespace Sihui.ChainSim.Reports;

/// <summary>Time to target in words, right for both directions: when trials meet a threshold, or when they breach a cap.</summary>
public static class TimingText
{
    /// <summary>The event's years, e.g. <c>first met 2025 / 2026 / never (P10 / P50 / P90)</c> or <c>first breach 2027</c>.</summary>
    public static string When(TargetTiming timing, ReportWords? words = null)
    {
        var w = words ?? ReportWords.En;
        return timing.Event == TimingEvent.FirstBreach
            ? timing.EarliestYear is { } y ? w.FirstBreach(y) : w.NeverBreached
            : timing.EarliestYear is not { } earliest ? w.NeverMet
            : timing.FirstYearP10 is null ? w.FirstMetRarely(earliest)
            : w.FirstMet(Year(timing.FirstYearP10, w), Year(timing.FirstYearP50, w), Year(timing.FirstYearP90, w));
    }

    private static string Year(int? year, ReportWords words) => year is { } y ? ReportText.Integer(y) : words.Never;

    /// <summary>The median year alone, for narrow tables: <c>2026</c>, or the earliest breach of a cap.</summary>
    public static string Short(TargetTiming timing, ReportWords? words = null)
    {
        var w = words ?? ReportWords.En;
        return timing.Event == TimingEvent.FirstBreach
            ? timing.EarliestYear is { } y ? w.ShortBreach(y) : w.NoBreach
            : Year(timing.FirstYearP50, w);
    }

    /// <summary>
    /// The share that matters: for a cap, the trials holding it every year to the target year; otherwise the trials
    /// never meeting it by <paramref name="lastYear"/>.
    /// </summary>
    public static string Share(TargetTiming timing, int lastYear, ReportWords? words = null)
    {
        var w = words ?? ReportWords.En;
        return timing.HoldsEveryYear is { } holds
            ? w.HoldsEveryYear(timing.TargetYear, ReportText.Percent(holds.Probability))
            : w.NeverBy(lastYear, ReportText.Percent(timing.NeverShare));
    }

    /// <summary>The share alone, for narrow tables.</summary>
    public static string ShortShare(TargetTiming timing, ReportWords? words = null)
    {
        var w = words ?? ReportWords.En;
        return timing.HoldsEveryYear is { } holds ? w.ShortHold(ReportText.Percent(holds.Probability)) : w.ShortNever(ReportText.Percent(timing.NeverShare));
    }
}
