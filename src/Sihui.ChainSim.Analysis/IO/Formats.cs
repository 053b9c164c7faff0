using System.Globalization;

namespace Sihui.ChainSim.Analysis.IO;

/// <summary>Invariant-culture number formats shared by the text writers.</summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Round-trip text, for CSV.</summary>
    public static string Exact(double value) => value.ToString("R", Invariant);

    public static string Exact(double? value) => value is { } v ? Exact(v) : "";

    /// <summary>A probability as a percentage with one decimal, e.g. 73.4%.</summary>
    public static string Percent(double probability) => (probability * 100).ToString("0.0", Invariant) + "%";

    /// <summary>A signed difference of probabilities in percentage points, e.g. +4.1 pp.</summary>
    public static string PercentPoints(double? difference) =>
        difference is { } d ? (d * 100).ToString("+0.0;-0.0;0.0", Invariant) + " pp" : "";

    /// <summary>An amount with one decimal, e.g. 951.3.</summary>
    public static string Amount(double value) => value.ToString("0.0", Invariant);

    public static string SignedAmount(double? value) => value is { } v ? v.ToString("+0.0;-0.0;0.0", Invariant) : "";

    public static string Year(int? year) => year is { } y ? y.ToString(Invariant) : "never";

    public static string Integer(long value) => value.ToString(Invariant);

    /// <summary>A parameter value, short but exact enough to repeat (up to 6 significant digits).</summary>
    public static string Parameter(double value) => value.ToString("G6", Invariant);
}
