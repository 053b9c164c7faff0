using System.Globalization;
using System.Reflection;

namespace Sihui.ChainSim.Cli;

/// <summary>Small text helpers shared by the commands: the version, one-line messages, invariant numbers.</summary>
public static class CliText
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The informational version without the <c>+commit</c> suffix, e.g. <c>0.1.0</c>.</summary>
    public static string Version
    {
        get
        {
            var version = InformationalVersion;
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    /// <summary>The CLI assembly's informational version as built, e.g. <c>0.1.0+1a2b3c</c>.</summary>
    public static string InformationalVersion =>
        typeof(CliText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliText).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>Joins a possibly multi-line message into one line.</summary>
    public static string OneLine(string message) =>
        string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A double in its shortest round-trip form, invariant culture.</summary>
    public static string Exact(double value) => value.ToString("R", Invariant);

    /// <summary>A number for people: grouped thousands and <paramref name="decimals"/> decimals.</summary>
    public static string Number(double value, int decimals = 1) => value.ToString("N" + decimals.ToString(Invariant), Invariant);

    /// <summary>A metric's value for people: money with one decimal, counts and other figures without trailing zeros.</summary>
    public static string Metric(string metric, double value) =>
        Output.RunReport.IsMoney(metric) ? Number(value) : value.ToString("#,##0.##", Invariant);

    /// <summary>A probability as a percentage with one decimal, e.g. <c>83.4%</c>.</summary>
    public static string Percent(double probability) => (probability * 100).ToString("0.0", Invariant) + "%";
}
