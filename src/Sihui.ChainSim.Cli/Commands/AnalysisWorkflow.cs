using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>What the analysis commands share: turning failures into exit codes, reading scenario files and checking targets.</summary>
public static class AnalysisWorkflow
{
    /// <summary>
    /// Runs <paramref name="body"/> with the runners the engine options ask for (validated first). Bad input exits 2 with the file or option named, Ctrl-C exits 130 with nothing written,
    /// anything else exits 1; stack traces only with --verbose.
    /// </summary>
    public static async Task<int> ExecuteAsync(
        CliConsole console, AnalysisInput input, string command, Func<CliRunners, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            CheckTrials(input.Trials);
            if (NowcastInput.Problem(input.MinEss, input.MaxTrials) is { } nowcastProblem)
            {
                throw new CliInputException(nowcastProblem);
            }
            if (input.EngineProblem is { } problem)
            {
                throw new CliInputException(problem);
            }
            var (runners, settingsProblem) = await CliRunners.CreateAsync(console, input.Engine!).ConfigureAwait(false);
            if (runners is null)
            {
                throw new CliInputException(settingsProblem!);
            }
            await using (runners.ConfigureAwait(false))
            {
                // One silo serves every run of the analysis; it starts while the analysis loads its inputs.
                runners.WarmUp();
                return await body(runners).ConfigureAwait(false);
            }
        }
        catch (ScenarioValidationException ex)
        {
            await ErrorReport.WriteAsync(console.Error, ex.Errors).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        catch (AnalysisInputException ex)
        {
            // The checks the web API shares name a field; here it is the option of the same name.
            await console.Error.WriteLineAsync($"chainsim {command}: {ex.Option}: {CliText.OneLine(ex.Message)}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (ex is CliInputException or ArgumentException or ObservationsUnexplainedException)
        {
            await console.Error.WriteLineAsync($"chainsim {command}: {CliText.OneLine(ex.Message)}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Whatever failed after a stop was asked for is part of the stop.
            await console.Error.WriteLineAsync($"chainsim {command}: cancelled; no output was written").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            var detail = input.Verbose ? Environment.NewLine + ex : " (use --verbose for details)";
            await console.Error.WriteLineAsync($"chainsim {command}: failed: {CliText.OneLine(ex.Message)}{detail}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    /// <summary>A column from a scenario file; a missing file, or a directory, is bad input.</summary>
    public static LabelledRun ReadColumn(string file, string? variant = null, string? label = null)
    {
        CliChecks.RequireScenarioFile(file);
        return LabelledRun.FromFile(file, variant, label);
    }

    /// <summary>The scenario as the column runs it, validated: a bad file throws <see cref="ScenarioValidationException"/>.</summary>
    public static ScenarioDefinition Load(LabelledRun column) =>
        ScenarioCompiler.Load(column.Request);

    /// <summary>
    /// Reads the observations against every column's scenario before any run, so a bad file is refused at its line
    /// (exit 2) exactly as <c>run --observed</c> refuses it.
    /// </summary>
    public static void CheckObserved(IEnumerable<LabelledRun> columns, AnalysisSettings settings)
    {
        if (!settings.HasObservationsFile)
        {
            return;
        }
        foreach (var column in columns)
        {
            var request = column.Request with { ObservationsCsv = settings.ObservationsCsv, ObservationsXlsx = settings.ObservationsXlsx, ObservationsFile = settings.ObservationsFile };
            ScenarioCompiler.Observed(request, Load(column));
        }
    }

    /// <summary>Prints each column's warnings to stderr, as <c>run</c> and <c>validate</c> do (a warning shared by columns once).</summary>
    public static async Task WarnAsync(CliConsole console, IEnumerable<LabelledRun> columns)
    {
        var warnings = columns.SelectMany(c => Load(c).Warnings).Distinct().ToList();
        await ErrorReport.WriteWarningsAsync(console.Error, warnings).ConfigureAwait(false);
    }

    /// <summary>The target <paramref name="id"/> (the first target when null) among those within the simulated years.</summary>
    public static TargetDefinition RequireTarget(LabelledRun column, string? id) => AnalysisInputs.Target(column, id);

    /// <summary>Warns on stderr, as <c>run</c> does, when the baseline's ESS stayed below --min-ess at --max-trials.</summary>
    public static async Task WarnShortEssAsync(CliConsole console, AnalysisConditioning? conditioning, int trials)
    {
        if (conditioning is { Short: true })
        {
            await console.Error.WriteLineAsync(NowcastInput.ShortEssWarning(conditioning.BaselineEss, trials, conditioning.MinEss)).ConfigureAwait(false);
        }
    }

    /// <summary>Splits a comma-separated option value into trimmed, non-empty items.</summary>
    public static IReadOnlyList<string> List(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Prints one JSON document (with a final newline) and nothing else.</summary>
    public static async Task WriteJsonAsync<T>(CliConsole console, T value, CancellationToken cancellationToken)
    {
        await console.Out.WriteAsync(AnalysisJson.Serialize(value) + "\n").ConfigureAwait(false);
        await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void CheckTrials(int? trials)
    {
        if (trials is { } n && (n < 1 || n > ScenarioDefinition.MaxTrials))
        {
            throw new CliInputException($"--trials must be between 1 and {ScenarioDefinition.MaxTrials}, got {n}");
        }
    }
}
