using System.CommandLine;
using Sihui.ChainSim.Analysis.Charts;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Analysis.Workbook;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Reports.Json;
using Sihui.ChainSim.Reports.Workbook;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim score OUTDIR --actuals A.csv</c>: how a run's forecasts fared against what happened.</summary>
public static class ScoreCommand
{
    public const string JsonFile = "score.json";

    public static Command Create(CliConsole console)
    {
        var outDir = new Argument<string>("OUTDIR") { Description = "A run's output folder, holding quantiles.csv." };
        var actuals = new Option<string>("--actuals")
        {
            HelpName = "A.csv",
            Description = "What happened, in the history file's format metric,id,year,value (docs/calibration.md).",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON instead of a table." };
        var outFolder = new Option<string?>("--out", "-o") { HelpName = "DIR", Description = "Where score.json and the PIT histogram go [default: out/score-<OUTDIR name>]." };
        var formats = new OutputFormatOptions(writesXlsx: true, writesCsv: false);
        var language = new LanguageOption("the scored run's scenario's language: (through its run.json), else zh");
        var command = new Command("score", """
            Score a run's forecasts against actuals. For each actual with a forecast (the run's quantiles.csv): its
            percentile in the forecast (PIT), whether it lies inside P10–P90, the error of P50 in percent, and the CRPS
            from the percentiles. Then over all rows: the coverage of P10–P90 against 80% with its 95% interval, the mean
            PIT (0.5 when unbiased), a PIT histogram (flat when calibrated) and the mean CRPS (lower is better).
            Actuals without a forecast are listed. Writes score.json (the --json document) and pit-histogram (PNG and SVG)
            into --out. The table and the chart's labels follow --lang; score.json is the same in every language.
            Exits 0 when at least one actual is scored, 2 on bad input or none.
            Example: chainsim score out/sihui-2024 --actuals actuals-2024.csv
            """)
        {
            outDir, actuals, json, outFolder,
        };
        formats.AddTo(command);
        language.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            try
            {
                var run = parsed.GetRequiredValue(outDir);
                var folder = parsed.GetValue(outFolder) ?? Path.Combine("out", "score-" + Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(run))));
                CliChecks.RequireWritableDirectory(folder);
                var report = Score(run, parsed.GetRequiredValue(actuals));
                var words = AnalysisWords.For(language.Read(parsed) ?? RunLanguage(run));
                var files = new Dictionary<string, byte[]> { [JsonFile] = AnalysisJson.Bytes(report) };
                foreach (var (name, bytes) in PitHistogramChart.Of(report.Summary, words).Files())
                {
                    files[name] = bytes;
                }
                var output = formats.Read(parsed).In(words.Language);
                output.AddWorkbook(files, () => AnalysisWorkbook.Score(report, output.Language));
                OutputSet.Publish(folder, files, cancellationToken);
                if (parsed.GetValue(json))
                {
                    await AnalysisWorkflow.WriteJsonAsync(console, report, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    ScoreConsole.Write(console, report, words);
                    await console.Out.WriteLineAsync(words.Wrote(words.Files(files.Keys), folder)).ConfigureAwait(false);
                }
                return ExitCodes.Success;
            }
            catch (ScenarioValidationException ex)
            {
                await ErrorReport.WriteAsync(console.Error, ex.Errors).ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            catch (CliInputException ex)
            {
                await console.Error.WriteLineAsync($"chainsim score: {CliText.OneLine(ex.Message)}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"chainsim score: failed: {CliText.OneLine(ex.Message)}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>The language of the scored run's scenario, found through the run.json beside its quantiles; Chinese when that cannot be read.</summary>
    private static ScenarioLanguage RunLanguage(string outDir)
    {
        try
        {
            var info = ReportJson.Read<RunInfoDocument>(File.ReadAllBytes(Path.Combine(outDir, RunInfoFile)));
            return ScenarioSource.Read(info.ScenarioFile).Load().Language;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or ScenarioValidationException or ArgumentException)
        {
            return ScenarioLanguage.Zh;
        }
    }

    private const string RunInfoFile = "run.json";

    private static ScoreReport Score(string outDir, string actualsFile)
    {
        if (!Directory.Exists(outDir))
        {
            throw new CliInputException(File.Exists(outDir) ? $"{outDir} is a file; name a run's output folder" : $"output folder not found: {outDir}");
        }
        var quantiles = Path.Combine(outDir, QuantilesCsv.FileName);
        if (!File.Exists(quantiles))
        {
            throw new CliInputException($"{outDir} has no {QuantilesCsv.FileName}; score a folder that chainsim run wrote it into");
        }
        CliChecks.RequireFile(actualsFile, "--actuals");
        var forecasts = QuantilesCsv.Read(quantiles);
        var rows = HistoryCsv.ReadFile(actualsFile, scenario: null);
        var report = ActualsScoring.Score(rows, forecasts);
        if (report.Rows.Count == 0)
        {
            throw new CliInputException($"no actual in {actualsFile} has a forecast in {quantiles}: {string.Join("; ", report.Unscored.Take(5))}");
        }
        return report;
    }
}
