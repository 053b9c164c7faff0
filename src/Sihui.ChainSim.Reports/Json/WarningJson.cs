using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Reports.Json;

/// <summary>A warning located like an error: file, line, column, path and message.</summary>
public sealed record WarningJson(string File, int Line, int Column, string Path, string Message)
{
    public static WarningJson Of(ScenarioError warning) =>
        new(warning.File, warning.Line, warning.Column, warning.Path, warning.Message);
}
