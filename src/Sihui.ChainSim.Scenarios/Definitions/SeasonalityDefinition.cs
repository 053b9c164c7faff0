using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>How a metric's year accumulates month by month: the cumulative share reached by the end of each month, and its uncertainty.</summary>
[Description("How a metric's year accumulates: shares[m] is the cumulative share of the year's total reached by the end of month m.")]
public sealed record SeasonalityDefinition
{
    public const int Months = 12;

    /// <summary>The last share must be 1 within this; a spreadsheet's 0.9999999999999998 passes, 0.999 does not.</summary>
    public const double LastShareTolerance = 1e-9;

    /// <summary>The assumed uncertainty of every month's share where the file gives none: two percentage points.</summary>
    public const double DefaultShareSd = 0.02;

    [ExactLength(Months, "month"), UnitInterval(What = "a cumulative share")]
    [Description("12 cumulative shares of the year's total, by the end of January .. December; in [0, 1], never falling, the 12th is 1.")]
    public required IReadOnlyList<double> Shares { get; init; }

    [ExactLength(Months, "month"), AtLeast(0, What = "a share_sd")]
    [Description("12 standard deviations of the shares (>= 0). Optional; each defaults to 0.02, an assumption. A money observation needs its month's share_sd above 0.")]
    public IReadOnlyList<double> ShareSd { get; init; } = Enumerable.Repeat(DefaultShareSd, Months).ToArray();

    /// <summary>The default where a metric has no seasonality: shares m/12, and <see cref="DefaultShareSd"/> each month.</summary>
    public static SeasonalityDefinition Even { get; } = new() { Shares = Enumerable.Range(1, Months).Select(m => m / (double)Months).ToArray() };

    /// <summary>The share reached by the end of <paramref name="month"/> (1..12).</summary>
    public double Share(int month) => Shares[month - 1];

    /// <summary>The uncertainty of <see cref="Share"/> at <paramref name="month"/> (1..12).</summary>
    public double Sd(int month) => ShareSd[month - 1];

    /// <summary>The metric's seasonality in the scenario, or <see cref="Even"/>.</summary>
    public static SeasonalityDefinition For(ScenarioDefinition scenario, string metric) =>
        scenario.Seasonality.TryGetValue(metric, out var seasonality) ? seasonality : Even;
}
