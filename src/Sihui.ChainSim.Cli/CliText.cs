using System.Reflection;

namespace Sihui.ChainSim.Cli;

/// <summary>Small text helpers shared by the commands: the version and one-line messages.</summary>
public static class CliText
{
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
}
