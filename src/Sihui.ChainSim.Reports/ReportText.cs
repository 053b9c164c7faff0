using System.Globalization;

namespace Sihui.ChainSim.Reports;

/// <summary>How reports write numbers: invariant culture, exact doubles for machines, rounded ones for people.</summary>
public static class ReportText
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A double in its shortest round-trip form, invariant culture.</summary>
    public static string Exact(double value) => value.ToString("R", Invariant);

    /// <summary>A number for people: grouped thousands and <paramref name="decimals"/> decimals.</summary>
    public static string Number(double value, int decimals = 1) => value.ToString("N" + decimals.ToString(Invariant), Invariant);

    /// <summary>A metric's value for people: money with one decimal, counts and other figures without trailing zeros.</summary>
    public static string Metric(string metric, double value) =>
        RunReport.IsMoney(metric) ? Number(value) : value.ToString("#,##0.##", Invariant);

    /// <summary>A probability as a percentage with one decimal, e.g. <c>83.4%</c>.</summary>
    public static string Percent(double probability) => (probability * 100).ToString("0.0", Invariant) + "%";
}
