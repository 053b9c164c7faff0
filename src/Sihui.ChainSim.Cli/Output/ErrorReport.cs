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
}
