using System.CommandLine;
using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Analysis.Workbook;
using Sihui.ChainSim.Cli.Output;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim goal-seek FILE</c>: the value of one assumption that gives a target the wanted probability.</summary>
public static class GoalSeekCommand
{
    public const string JsonFile = "goal-seek.json";
    public const string MarkdownFile = "goal-seek.md";

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The scenario YAML file." };
        var target = new Option<string>("--target") { HelpName = "ID", Description = "The target to reach.", Required = true };
        var probability = new Option<double>("--probability", "-p")
        {
            HelpName = "P", Description = "The chance the target must have, between 0 and 1, e.g. 0.8.", Required = true,
        };
        var param = new Option<string>("--param")
        {
            HelpName = "PATH", Description = "The scenario path to solve for, e.g. parks.hitech.attraction.projects_per_year.mean.", Required = true,
        };
        var min = new Option<double?>("--min") { HelpName = "X", Description = "Lowest value to try [default: the tunable's min]." };
        var max = new Option<double?>("--max") { HelpName = "Y", Description = "Highest value to try [default: the tunable's max]." };
        var tolerance = new Option<double?>("--tolerance") { HelpName = "T", Description = "Stop when the bracket is this narrow [default: (max − min) / 1000]." };
        var outDir = new Option<string?>("--out", "-o") { HelpName = "DIR", Description = "Output directory [default: out/goal-seek-<file name>]." };
        var shared = new AnalysisOptions("the file's `trials`");
        var formats = new OutputFormatOptions(writesXlsx: true, writesCsv: false);
        var command = new Command("goal-seek", """
            Solve for what a target needs: the smallest value of --param giving the target at least --probability (the
            largest, when raising the parameter lowers the chance). Bisection on common random numbers between --min and
            --max, to within --tolerance; prints the value, the probability reached with its 95% interval and the runs used.
            Writes goal-seek.json and goal-seek.md into --out.
            When even the better end of [min, max] misses, it says so: "unreachable within [min, max]" with the best
            probability, reached=false in --json, and exit code 0, because that is an answer, not an error.
            Example: chainsim goal-seek scenarios/sihui-2024.yaml --target output_2025_plan --probability 0.8 --param parks.hitech.attraction.projects_per_year.mean --min 0 --max 10
            """)
        {
            file, target, probability, param, min, max, tolerance, outDir,
        };
        shared.AddTo(command);
        formats.AddTo(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var input = shared.Read(parsed);
            var request = new GoalSeekRequest
            {
                TargetId = parsed.GetRequiredValue(target),
                Path = parsed.GetRequiredValue(param),
                Probability = parsed.GetValue(probability),
                Min = parsed.GetValue(min),
                Max = parsed.GetValue(max),
                Tolerance = parsed.GetValue(tolerance),
            };
            var path = parsed.GetRequiredValue(file);
            var folder = parsed.GetValue(outDir) ?? Path.Combine("out", "goal-seek-" + Path.GetFileNameWithoutExtension(path));
            var output = formats.Read(parsed);
            return AnalysisWorkflow.ExecuteAsync(console, input, "goal-seek",
                runners => ExecuteAsync(console, input, runners, path, folder, request, output, cancellationToken), cancellationToken);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(
        CliConsole console, AnalysisInput input, CliRunners runners, string file, string folder, GoalSeekRequest request, OutputFormat output,
        CancellationToken cancellationToken)
    {
        var column = AnalysisWorkflow.ReadColumn(file);
        await AnalysisWorkflow.WarnAsync(console, [column]).ConfigureAwait(false);
        AnalysisWorkflow.RequireTarget(column, request.TargetId);
        var (low, high, tolerance) = AnalysisInputs.GoalSeekRange(column, request);
        CliChecks.RequireWritableDirectory(folder);
        var settings = input.Settings();
        AnalysisWorkflow.CheckObserved([column], settings);
        // Conditioned, the base case runs first to fix the trials.
        var expected = AnalysisInputs.GoalSeekRuns(low, high, tolerance) + (settings.HasObservationsFile ? 1 : 0);
        var result = await EngineOptions.UseRunnerAsync(runners, runner =>
            RunsProgress.RunAsync(console, input.ShowProgress(console), "Goal-seek", expected, runner, counted =>
                GoalSeeker.SeekAsync(counted, column, request, settings, cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        await AnalysisWorkflow.WarnShortEssAsync(console, result.Conditioning, result.Trials).ConfigureAwait(false);
        // Human text follows --lang, else the scenario's language:; the JSON (its message in English) never changes with it.
        var words = AnalysisWords.For(input.Language ?? AnalysisWorkflow.Load(column).Language);
        var files = new Dictionary<string, byte[]>
        {
            [JsonFile] = AnalysisJson.Bytes(result),
            [MarkdownFile] = OutputFiles.Utf8.GetBytes(AnalysisMarkdown.GoalSeek(result, words)),
        };
        output = output.In(words.Language);
        output.AddWorkbook(files, () => AnalysisWorkbook.GoalSeek(result, output.Language));
        OutputSet.Publish(folder, files, cancellationToken);
        if (input.Json)
        {
            await AnalysisWorkflow.WriteJsonAsync(console, result, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            GoalSeekConsole.Write(console, result, words, words.Files(files.Keys), folder);
        }
        return ExitCodes.Success;
    }
}
