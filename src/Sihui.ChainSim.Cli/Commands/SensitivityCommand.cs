using System.CommandLine;
using Sihui.ChainSim.Analysis.Charts;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Analysis.Sensitivity;
using Sihui.ChainSim.Analysis.Workbook;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Reports;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim sensitivity FILE</c>: a tornado of which assumptions move a target, each at its low and high end.</summary>
public static class SensitivityCommand
{
    /// <summary>Trials per run unless --trials says otherwise: a tornado takes 1 + 2 × parameters runs, so fewer than a single run's.</summary>
    public const int DefaultTrials = SensitivityAnalyzer.DefaultTrials;

    public const string JsonFile = "sensitivity.json";
    public const string MarkdownFile = "sensitivity.md";

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario YAML file." };
        var target = new Option<string?>("--target") { HelpName = "ID", Description = "The target to explain [default: the file's first target]." };
        var parameters = new Option<string?>("--params")
        {
            HelpName = "p1,p2",
            Description = "Scenario paths to vary [default: every tunable]. A tunable runs at its min and max; any other path holding "
                + "a plain number at its value ±20%.",
        };
        var outDir = new Option<string?>("--out", "-o") { HelpName = "DIR", Description = "Output directory [default: out/sensitivity-<file name>]." };
        var shared = new AnalysisOptions($"{DefaultTrials:N0} (not the file's `trials`)");
        var formats = new OutputFormatOptions(writesXlsx: true, writesCsv: false);
        var command = new Command("sensitivity", $"""
            Find the assumptions that decide a target: a tornado. Each parameter runs at its low and at its high value with
            common random numbers, and the bars rank by the change in the target's probability, then in the P50 of its
            metric. A parameter that cannot move the target has a bar of exactly 0. Takes 1 + 2 × parameters runs of
            {DefaultTrials:N0} trials each unless --trials is given.
            Writes sensitivity.json, sensitivity.md and tornado-probability / tornado-p50 (PNG and SVG) into --out.
            Example: chainsim sensitivity scenarios/sihui-2024.yaml --target output_2024 --engine direct
            """)
        {
            file, target, parameters, outDir,
        };
        shared.AddTo(command);
        formats.AddTo(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var input = shared.Read(parsed);
            var path = parsed.GetRequiredValue(file);
            var paths = parsed.GetValue(parameters) is { } list ? AnalysisWorkflow.List(list) : null;
            var folder = parsed.GetValue(outDir) ?? Path.Combine("out", "sensitivity-" + Path.GetFileNameWithoutExtension(path));
            var output = formats.Read(parsed);
            return AnalysisWorkflow.ExecuteAsync(console, input, "sensitivity",
                runners => ExecuteAsync(console, input, runners, path, parsed.GetValue(target), paths, folder, output, cancellationToken), cancellationToken);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(
        CliConsole console, AnalysisInput input, CliRunners runners, string file, string? targetId, IReadOnlyList<string>? paths, string folder,
        OutputFormat output, CancellationToken cancellationToken)
    {
        var column = AnalysisWorkflow.ReadColumn(file);
        await AnalysisWorkflow.WarnAsync(console, [column]).ConfigureAwait(false);
        CliChecks.RequireWritableDirectory(folder);
        var target = AnalysisWorkflow.RequireTarget(column, targetId);
        var ranges = AnalysisInputs.Parameters(column, paths);
        var settings = input.Settings(DefaultTrials);
        AnalysisWorkflow.CheckObserved([column], settings);
        var tornado = await EngineOptions.UseRunnerAsync(runners, runner =>
            RunsProgress.RunAsync(console, input.ShowProgress(console), "Sensitivity", 1 + 2 * ranges.Count, runner, counted =>
                SensitivityAnalyzer.RunAsync(counted, column, target.Id, ranges, settings, cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        await AnalysisWorkflow.WarnShortEssAsync(console, tornado.Conditioning, tornado.Trials).ConfigureAwait(false);

        // Human text follows --lang, else the scenario's language: (a tunable's label_zh in Chinese); the JSON never changes with it.
        var scenario = AnalysisWorkflow.Load(column);
        var words = AnalysisWords.For(input.Language ?? scenario.Language);
        var named = AnalysisLabels.In(tornado, scenario, words);
        output = output.In(words.Language);
        var files = new Dictionary<string, byte[]>
        {
            [JsonFile] = AnalysisJson.Bytes(tornado),
            [MarkdownFile] = OutputFiles.Utf8.GetBytes(AnalysisMarkdown.Sensitivity(named, words)),
        };
        foreach (var (name, bytes) in new[] { TornadoChart.Of(named, words), TornadoChart.Of(named, words, onP50: true) }.SelectMany(c => c.Files()))
        {
            files[name] = bytes;
        }
        output.AddWorkbook(files, () => AnalysisWorkbook.Sensitivity(tornado, output.Language));
        OutputSet.Publish(folder, files, cancellationToken);
        if (input.Json)
        {
            await AnalysisWorkflow.WriteJsonAsync(console, tornado, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            SensitivityConsole.Write(console, named, words, words.Files(files.Keys), folder);
        }
        return ExitCodes.Success;
    }
}
