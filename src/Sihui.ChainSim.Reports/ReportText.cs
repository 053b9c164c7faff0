using System.Globalization;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Reports;

/// <summary>How reports write numbers: invariant culture, exact doubles for machines, rounded ones for people.</summary>
public static class ReportText
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A double in its shortest round-trip form, invariant culture.</summary>
    public static string Exact(double value) => value.ToString("R", Invariant);

    /// <summary>The round-trip form, or an empty string for null (an empty CSV field).</summary>
    public static string Exact(double? value) => value is { } v ? Exact(v) : "";

    /// <summary>A number for people: grouped thousands and <paramref name="decimals"/> decimals.</summary>
    public static string Number(double value, int decimals = 1) => value.ToString("N" + decimals.ToString(Invariant), Invariant);

    /// <summary>
    /// A metric's value for people: a growth rate as a percentage (<c>6.0%</c>), money with one decimal, counts and
    /// other figures without trailing zeros.
    /// </summary>
    public static string Metric(string metric, double value) =>
        MetricNames.IsRate(metric) ? Rate(value)
        : RunReport.IsMoney(metric) ? Number(value)
        : value.ToString("#,##0.##", Invariant);

    /// <summary>A metric's value in an amount column: a rate as a percentage, anything else as <see cref="Amount"/>.</summary>
    public static string MetricAmount(string metric, double value) => MetricNames.IsRate(metric) ? Rate(value) : Amount(value);

    /// <summary>A signed change of a metric: percentage points for a rate (<c>+1.2 pp</c>), else <see cref="SignedAmount(double?)"/>.</summary>
    public static string SignedMetric(string metric, double? difference) =>
        MetricNames.IsRate(metric) ? PercentPoints(difference) : SignedAmount(difference);

    /// <summary>A growth rate (a fraction) as a percentage with one decimal, e.g. <c>6.0%</c>; <c>n/a</c> where it is undefined.</summary>
    public static string Rate(double rate) => double.IsFinite(rate) ? (rate * 100).ToString("0.0", Invariant) + "%" : "n/a";

    /// <summary>A probability as a percentage with one decimal, e.g. <c>83.4%</c>.</summary>
    public static string Percent(double probability) => (probability * 100).ToString("0.0", Invariant) + "%";

    /// <summary>A signed difference of probabilities in percentage points, e.g. <c>+4.1 pp</c>; empty for null.</summary>
    public static string PercentPoints(double? difference) =>
        difference is { } d ? (d * 100).ToString("+0.0;-0.0;0.0", Invariant) + " pp" : "";

    /// <summary>An amount with one decimal and no grouping, e.g. <c>951.3</c>.</summary>
    public static string Amount(double value) => value.ToString("0.0", Invariant);

    /// <summary>A signed amount with one decimal, e.g. <c>+6.8</c>; empty for null.</summary>
    public static string SignedAmount(double? value) => value is { } v ? v.ToString("+0.0;-0.0;0.0", Invariant) : "";

    /// <summary>A year, or <c>never</c> for null.</summary>
    public static string Year(int? year) => year is { } y ? y.ToString(Invariant) : "never";

    public static string Integer(long value) => value.ToString(Invariant);

    /// <summary>A parameter value, short but exact enough to repeat (up to 6 significant digits).</summary>
    public static string Parameter(double value) => value.ToString("G6", Invariant);
}
