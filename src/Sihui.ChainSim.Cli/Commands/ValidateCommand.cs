using Sihui.ChainSim.Reports;
using System.CommandLine;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Saved;

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
        var variant = new Option<string?>("--variant") { HelpName = "NAME", Description = "Check the scenario as this variant makes it, as `run --variant` would run it." };
        var set = new Option<string[]>("--set") { HelpName = "PATH=VALUE", Description = "Check with this override applied, as `run --set` would (repeatable)." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors: a file with warnings fails (exit 2)." };
        var command = new Command("validate", """
            Check scenario files: YAML syntax, keys, ids, ranges, the linkage matrix, targets and every variant,
            including the variants saved from the page in NAME.variants.yaml beside NAME.yaml (a sidecar given as FILE
            is checked as saved variants of its scenario). Prints 'ok' with a short census per good file, each problem
            as file:line:col: path: message, and each implausible value as warning: file:line:col: path: message.
            Exits 0 when every file is valid, 2 otherwise (and, with --strict, when there are warnings).
            Example: chainsim validate scenarios/*.yaml
            """)
        {
            files, variant, set, strict,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var allValid = true;
            var overrides = new List<OverrideDefinition>();
            foreach (var item in parsed.GetValue(set) ?? [])
            {
                var equals = item.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    await console.Error.WriteLineAsync($"chainsim: --set expects PATH=VALUE (e.g. --set trials=500), got '{item}'").ConfigureAwait(false);
                    return ExitCodes.InvalidInput;
                }
                overrides.Add(new OverrideDefinition(item[..equals].Trim(), item[(equals + 1)..]));
            }
            var load = new Check(parsed.GetValue(variant), overrides, parsed.GetValue(strict));
            foreach (var file in parsed.GetRequiredValue(files))
            {
                cancellationToken.ThrowIfCancellationRequested();
                allValid &= await ValidateAsync(console, file, load).ConfigureAwait(false);
            }
            return allValid ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    private sealed record Check(string? Variant, IReadOnlyList<OverrideDefinition> Set, bool Strict);

    private static async Task<bool> ValidateAsync(CliConsole console, string file, Check check)
    {
        var strict = check.Strict;
        if (!File.Exists(file))
        {
            var what = Directory.Exists(file) ? "is a directory, not a scenario file" : "file not found";
            await console.Error.WriteLineAsync($"{file}: {what}").ConfigureAwait(false);
            return false;
        }
        var sidecar = SavedVariantFile.IsSidecar(file);
        var scenarioFile = sidecar ? SavedVariantFile.ScenarioOf(file) : file;
        if (sidecar && !File.Exists(scenarioFile))
        {
            await console.Error.WriteLineAsync($"{file}: saved variants for {scenarioFile}, which is not there").ConfigureAwait(false);
            await console.Out.WriteLineAsync($"FAIL {file} (1 problem)").ConfigureAwait(false);
            return false;
        }
        try
        {
            var scenario = ScenarioSource.Read(scenarioFile).Load(check.Variant, check.Set);
            // The sidecar's own check is of its variants; the scenario's warnings belong to the scenario's line.
            IReadOnlyList<ScenarioError> warnings = sidecar
                ? []
                : [.. scenario.Warnings, .. RunCost.Warnings(CompiledScenario.Compile(scenario), file)];
            await ErrorReport.WriteWarningsAsync(console.Error, warnings).ConfigureAwait(false);
            var saved = scenario.Variants.Count(v => v.Saved);
            var census = sidecar ? $"saved variants of {scenarioFile}: {Count(saved, "variant")}" : Census(scenario);
            var noted = warnings.Count == 0 ? "" : $", {Count(warnings.Count, "warning")}";
            if (strict && warnings.Count > 0)
            {
                await console.Out.WriteLineAsync($"FAIL {file} ({census}{noted}; --strict)").ConfigureAwait(false);
                return false;
            }
            await console.Out.WriteLineAsync($"ok  {file} ({census}{noted})").ConfigureAwait(false);
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
        $"{Count(s.Projects.Count, "project")}, {Count(s.Targets.Count, "target")}, {Count(s.Variants.Count(v => !v.Saved), "variant")}" +
        (s.Variants.Any(v => v.Saved) ? $" and {Count(s.Variants.Count(v => v.Saved), "saved variant")}" : "");

    private static string Count(int n, string noun) => n.ToString(ReportText.Invariant) + " " + (n == 1 ? noun : noun + "s");
}
