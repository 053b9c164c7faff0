using System.CommandLine;
using Sihui.ChainSim.Analysis.Backtest;
using Sihui.ChainSim.Analysis.Calibration;
using Sihui.ChainSim.Analysis.Charts;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Saved;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim calibrate FILE --history H.csv</c>: fits growth, shocks and indicator changes to history, as a saved variant.</summary>
public static class CalibrateCommand
{
    public const string JsonFile = "calibration.json";

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario YAML file." };
        var history = HistoryOption.Create();
        var name = new Option<string>("--name") { HelpName = "NAME", Description = $"The variant to write [default: {CalibrationVariant.DefaultName}]." };
        var json = new Option<bool>("--json") { Description = "Print the fit as JSON instead of a table." };
        var outDir = new Option<string?>("--out", "-o") { HelpName = "DIR", Description = "Where calibration.json and the backcast charts go [default: out/calibrate-<file name>]." };
        var trials = new Option<int?>("--trials", "-n") { HelpName = "N", Description = $"Trials of the level backcast [default: {BackcastTrials:N0}]." };
        var seed = CliChecks.SeedOption("Random seed of the level backcast [default: the file's `seed`].");
        var engine = new EngineOptions();
        var language = new LanguageOption();
        var command = new Command("calibrate", $"""
            Fit the scenario's growth to history: each enterprise's real growth mean (pooled toward its industry's by an
            empirical-Bayes weight) and sd, each industry's shock sd, the macro shock sd, and each indicator's yearly change.
            Output is deflated by its industry's price_index where the history gives one. An enterprise with fewer than 3
            growth observations takes its industry's values, and the table says so.
            Writes the values as the saved variant NAME in NAME.variants.yaml beside FILE (FILE itself is never changed;
            other saved variants are kept), each with a comment giving the years, n and the standard error, and writes
            calibration.json (the --json document) and backcast-<industry> charts (PNG and SVG) into --out. A backcast of
            levels runs the scenario rebased at the first year the history gives an enterprise's output, with the fitted
            values, to base_year (as `chainsim backtest` rebases it), and charts each series of the history against the
            fan's P10–P90 (backcast-level-<metric>, at most {MaxLevelCharts}). Use it with
            `chainsim run FILE --variant {CalibrationVariant.DefaultName}`. The table and the charts' labels follow --lang;
            calibration.json and the variant file are the same in every language. Exits 0 when written, 2 on bad input, 1 on failure.
            Example: chainsim calibrate scenarios/sihui-2024.yaml --history scenarios/history/sihui-history.csv
            """)
        {
            file, history, name, json, outDir, trials, seed,
        };
        engine.AddTo(command);
        language.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetRequiredValue(file);
            var folder = parsed.GetValue(outDir) ?? Path.Combine("out", "calibrate-" + Path.GetFileNameWithoutExtension(path));
            var (choice, problem) = engine.Read(parsed);
            var input = new Input(path, parsed.GetRequiredValue(history), parsed.GetValue(name) ?? CalibrationVariant.DefaultName, parsed.GetValue(json), folder,
                parsed.GetValue(trials), parsed.GetValue(seed), choice, problem, language.Read(parsed));
            try
            {
                return await ExecuteAsync(console, input, cancellationToken).ConfigureAwait(false);
            }
            catch (ScenarioValidationException ex)
            {
                await ErrorReport.WriteAsync(console.Error, ex.Errors).ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            catch (CliInputException ex)
            {
                await console.Error.WriteLineAsync($"chainsim calibrate: {CliText.OneLine(ex.Message)}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"chainsim calibrate: failed: {CliText.OneLine(ex.Message)}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>Trials of the level backcast unless --trials says otherwise: one run, a check of fit.</summary>
    public const int BackcastTrials = LevelBackcast.DefaultTrials;

    /// <summary>The most level backcast charts written; the series with the most history come first.</summary>
    public const int MaxLevelCharts = 12;

    private sealed record Input(
        string File, string History, string Name, bool Json, string Out, int? Trials, ulong? Seed, RunnerChoice? Engine, string? EngineProblem,
        ScenarioLanguage? Language);

    private static async Task<int> ExecuteAsync(CliConsole console, Input input, CancellationToken cancellationToken)
    {
        CliChecks.RequireScenarioFile(input.File);
        CliChecks.RequireFile(input.History, "--history");
        CliChecks.RequireWritableDirectory(input.Out);
        if (!IdLike(input.Name))
        {
            throw new CliInputException($"--name: '{input.Name}' is not a variant name; use letters, digits, '_' and '-'");
        }
        var source = ScenarioSource.Read(input.File);
        var scenario = source.Load();
        if (scenario.Variants.Any(v => v.Name == input.Name && !v.Saved))
        {
            throw new CliInputException($"{input.File} itself has a variant '{input.Name}'; give another with --name");
        }
        var rows = HistoryCsv.ReadFile(input.History, scenario);
        var result = HistoryCalibration.Calibrate(scenario, rows);
        if (CalibrationReport.NothingFitted(result, input.File, input.History) is { } nothing)
        {
            throw new CliInputException(nothing);
        }
        cancellationToken.ThrowIfCancellationRequested();

        var sidecar = SavedVariantFile.SidecarOf(input.File);
        var others = Saved(source).Where(v => v.Name != input.Name).ToList();
        var replaced = others.Count < Saved(source).Count;
        var bytes = CalibrationVariant.Sidecar(Path.GetFileName(input.File), others, scenario, result, input.Name, Path.GetFileName(input.History));
        // The variant must load before it replaces anything: an error here is ours, not the user's.
        var check = ScenarioSource.FromText(source.Text, source.File, new SavedVariantsText(OutputFiles.Utf8.GetString(bytes), sidecar));
        try
        {
            check.Load(input.Name);
        }
        catch (ScenarioValidationException ex)
        {
            await console.Error.WriteLineAsync($"chainsim calibrate: failed: the calibrated variant does not load: {CliText.OneLine(ex.Message)}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        var (backcast, why) = await LevelsAsync(console, input, source, scenario, rows, cancellationToken).ConfigureAwait(false);
        var report = CalibrationReport.Of(result, input.File, input.History, input.Name, sidecar).WithBackcast(backcast, why);
        var words = AnalysisWords.For(input.Language ?? scenario.Language);
        var files = new Dictionary<string, byte[]> { [JsonFile] = AnalysisJson.Bytes(report) };
        var levelCharts = backcast is null ? [] : backcast.Series.OrderByDescending(s => s.HistoryYears.Count).Take(MaxLevelCharts)
            .Select(s => LevelBackcastChart.Of(s, backcast.Origin, words));
        foreach (var (chartName, chartBytes) in BackcastChart.Of(result, words).Concat(levelCharts).SelectMany(c => c.Files()))
        {
            files[chartName] = chartBytes;
        }
        OutputSet.Publish(input.Out, files, cancellationToken);
        OutputFiles.WriteAtomically(sidecar, bytes);

        if (input.Json)
        {
            await AnalysisWorkflow.WriteJsonAsync(console, report, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            CalibrationConsole.Write(console, report, replaced, words, words.Files(files.Keys), input.Out);
        }
        return ExitCodes.Success;
    }

    /// <summary>The level backcast on the runner the engine options ask for; a scenario it cannot rebase is skipped, with the reason.</summary>
    private static async Task<(LevelBackcastResult? Backcast, AnalysisNote? Why)> LevelsAsync(
        CliConsole console, Input input, ScenarioSource source, ScenarioDefinition scenario, IReadOnlyList<HistoryRow> rows, CancellationToken cancellationToken)
    {
        if (input.Trials is { } n && (n < 1 || n > ScenarioDefinition.MaxTrials))
        {
            throw new CliInputException($"--trials must be between 1 and {ScenarioDefinition.MaxTrials}, got {n}");
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
        try
        {
            return await EngineOptions.UseRunnerAsync(runners, runner => LevelBackcast.RunAsync(runner, source.Text, source.File, scenario, rows,
                input.Trials ?? BackcastTrials, input.Seed ?? scenario.Seed, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ScenarioValidationException or ArgumentException)
        {
            return (null, AnalysisNotes.BackcastFailed(CliText.OneLine(ex.Message)));
        }
    }

    private static IReadOnlyList<VariantDefinition> Saved(ScenarioSource source)
    {
        if (source.SavedVariants is not { } saved)
        {
            return [];
        }
        var errors = new ErrorList();
        var variants = SavedVariantFile.Definitions(saved, errors);
        errors.ThrowIfAny();
        return variants;
    }

    private static bool IdLike(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
