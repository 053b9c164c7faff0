using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints scenario errors one a line as <c>file:line:col: path: message</c>, never with a stack trace.</summary>
public static class ErrorReport
{
    public static async Task WriteAsync(TextWriter error, IReadOnlyList<ScenarioError> errors)
    {
        foreach (var item in errors)
        {
            await error.WriteLineAsync(CliText.OneLine(item.ToString())).ConfigureAwait(false);
        }
    }

    /// <summary>Prints warnings as <c>warning: file:line:col: path: message</c>.</summary>
    public static async Task WriteWarningsAsync(TextWriter error, IReadOnlyList<ScenarioError> warnings)
    {
        foreach (var item in warnings)
        {
            await error.WriteLineAsync("warning: " + CliText.OneLine(item.ToString())).ConfigureAwait(false);
        }
    }

    /// <summary>Under <c>--strict</c>, the line that says why nothing ran (exit 2).</summary>
    public static string StrictRefusal(int count) =>
        $"--strict: {count} {(count == 1 ? "warning" : "warnings")} above; nothing was run (drop --strict to run anyway)";
}
