using Sihui.ChainSim.Reports;
using System.CommandLine;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim validate FILE...</c>: checks scenario files without running them.</summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "One or more scenario YAML files (shell globs work).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", """
            Check scenario files: YAML syntax, keys, ids, ranges, the linkage matrix, targets and every variant.
            Prints 'ok' with a short census per good file, and each problem as file:line:col: path: message.
            Exits 0 when every file is valid, 2 otherwise.
            Example: chainsim validate scenarios/*.yaml
            """)
        {
            files,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var allValid = true;
            foreach (var file in parsed.GetRequiredValue(files))
            {
                cancellationToken.ThrowIfCancellationRequested();
                allValid &= await ValidateAsync(console, file).ConfigureAwait(false);
            }
            return allValid ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    private static async Task<bool> ValidateAsync(CliConsole console, string file)
    {
        if (!File.Exists(file))
        {
            var what = Directory.Exists(file) ? "is a directory, not a scenario file" : "file not found";
            await console.Error.WriteLineAsync($"{file}: {what}").ConfigureAwait(false);
            return false;
        }
        try
        {
            var scenario = ScenarioLoader.LoadFile(file);
            await console.Out.WriteLineAsync($"ok  {file} ({Census(scenario)})").ConfigureAwait(false);
            return true;
        }
        catch (ScenarioValidationException ex)
        {
            await ErrorReport.WriteAsync(console.Error, ex.Errors).ConfigureAwait(false);
            var count = ex.Errors.Count;
            await console.Out.WriteLineAsync($"FAIL {file} ({count} {(count == 1 ? "problem" : "problems")})").ConfigureAwait(false);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"{file}: cannot read: {CliText.OneLine(ex.Message)}").ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>e.g. <c>sihui-2024: 40 enterprises, 5 parks, 12 projects, 8 targets, 2 variants</c>.</summary>
    public static string Census(ScenarioDefinition s) =>
        $"{s.Name}: {Count(s.Enterprises.Count, "enterprise")}, {Count(s.Parks.Count, "park")}, " +
        $"{Count(s.Projects.Count, "project")}, {Count(s.Targets.Count, "target")}, {Count(s.Variants.Count, "variant")}";

    private static string Count(int n, string noun) => n.ToString(ReportText.Invariant) + " " + (n == 1 ? noun : noun + "s");
}
