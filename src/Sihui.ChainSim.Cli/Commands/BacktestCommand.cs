using System.CommandLine;
using Sihui.ChainSim.Analysis.Backtest;
using Sihui.ChainSim.Analysis.Charts;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim backtest FILE --history H.csv --from YEAR</c>: how good the model would have been, forecast from past origins.</summary>
public static class BacktestCommand
{
    /// <summary>Trials per origin unless --trials says otherwise, split over the parameter draws.</summary>
    public const int DefaultTrials = 2_000;

    public const string JsonFile = "backtest.json";

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario YAML file." };
        var history = HistoryOption.Create();
        var from = new Option<int>("--from") { HelpName = "YEAR", Description = "The first origin; every year from it to the year before base_year is one.", Required = true };
        var draws = new Option<int?>("--draws")
        {
            HelpName = "K",
            Description = $"Parameter draws per origin: the fitted means and sds are drawn from their uncertainty K times and the runs mixed [default: {ParameterDraws.Default}]; 1 takes them as exact.",
        };
        var outDir = new Option<string?>("--out", "-o") { HelpName = "DIR", Description = "Output directory [default: out/backtest-<file name>]." };
        var shared = new AnalysisOptions($"{DefaultTrials:N0} per origin (not the file's `trials`)");
        var command = new Command("backtest", $"""
            Score the model against its own past: for each origin from --from to the year before base_year, rebase the
            scenario there (base_year = origin; enterprises and indicators start from the history's figure at the origin,
            and those without one are dropped; only projects already producing are kept; growth, shocks, indicator changes
            and price indices are calibrated on the history up to the origin only), forecast to base_year, and score every
            actual after the origin against the forecast's percentiles: PIT, inside P10–P90, P50 error and CRPS. Then the
            coverage of P10–P90 against 80% with its 95% interval, the mean PIT, the PIT histogram and the mean CRPS,
            overall and by horizon. A city or industry total is scored only when no enterprise in it was dropped.
            Writes backtest.json (the --json document), {BacktestCsv.FileName}, {PitHistogramChart.Name} and
            {CoverageChart.Name} (PNG and SVG) into --out; the table and the charts' labels follow --lang, the JSON
            and CSV are the same in every language. Exits 0 when at least one actual is scored, 2 on bad input
            (a --from outside the history or not before base_year, a bad history file) or none, 1 on failure.
            Example: chainsim backtest scenarios/sihui-2024.yaml --history scenarios/history/sihui-history.csv --from 2019
            """)
        {
            file, history, from, draws, outDir,
        };
        shared.AddTo(command);
        var formats = new OutputFormatOptions(writesXlsx: false, writesCsv: true);
        formats.AddTo(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var input = shared.Read(parsed);
            var path = parsed.GetRequiredValue(file);
            var folder = parsed.GetValue(outDir) ?? Path.Combine("out", "backtest-" + Path.GetFileNameWithoutExtension(path));
            var request = new Request(path, parsed.GetRequiredValue(history), parsed.GetValue(from), parsed.GetValue(draws) ?? ParameterDraws.Default, folder, formats.Read(parsed).Csv);
            return AnalysisWorkflow.ExecuteAsync(console, input, "backtest",
                runners => ExecuteAsync(console, input, runners, request, cancellationToken), cancellationToken);
        });
        return command;
    }

    private sealed record Request(string File, string History, int From, int Draws, string Out, CsvFormat Csv);

    private static async Task<int> ExecuteAsync(CliConsole console, AnalysisInput input, CliRunners runners, Request request, CancellationToken cancellationToken)
    {
        CliChecks.RequireScenarioFile(request.File);
        CliChecks.RequireFile(request.History, "--history");
        CliChecks.RequireWritableDirectory(request.Out);
        if (request.Draws < 1 || request.Draws > 1000)
        {
            throw new CliInputException($"--draws must be between 1 and 1000, got {request.Draws}");
        }
        var source = ScenarioSource.Read(request.File);
        var scenario = ScenarioLoader.LoadText(source.Text, source.File);
        var rows = HistoryCsv.ReadFile(request.History, scenario);
        try
        {
            Backtester.Origins(scenario, rows, request.From);
        }
        catch (ArgumentException ex)
        {
            throw new CliInputException(ex.Message);
        }
        var backtest = new BacktestInput(source.Text, source.File, scenario, rows, request.History, request.From,
            input.Trials ?? DefaultTrials, input.Seed, request.Draws);
        var report = await EngineOptions.UseRunnerAsync(runners, runner =>
            RunsProgress.RunAsync(console, input.ShowProgress(console), "Backtest", backtest.Runs, runner, counted =>
                Backtester.RunAsync(counted, backtest, cancellationToken)), cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (report.Rows.Count == 0)
        {
            throw new CliInputException($"no actual in {request.History} after {request.From} could be scored: {string.Join("; ", report.Unscored.Take(5))}");
        }

        var words = AnalysisWords.For(input.Language ?? scenario.Language);
        var files = new Dictionary<string, byte[]>
        {
            [JsonFile] = AnalysisJson.Bytes(report),
            [BacktestCsv.FileName] = BacktestCsv.Write(report.Rows, request.Csv),
        };
        foreach (var (name, bytes) in new[] { PitHistogramChart.Of(report.Summary, words), CoverageChart.Of(report, words) }.SelectMany(c => c.Files()))
        {
            files[name] = bytes;
        }
        OutputSet.Publish(request.Out, files, cancellationToken);
        if (input.Json)
        {
            await AnalysisWorkflow.WriteJsonAsync(console, report, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            BacktestConsole.Write(console, report, words, words.Files(files.Keys), request.Out);
        }
        return ExitCodes.Success;
    }
}
