using System.CommandLine;
using Sihui.ChainSim.Analysis.Charts;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Analysis.Workbook;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim compare FILE [FILE...]</c>: scenarios and variants side by side on the same random numbers, and why two differ.</summary>
public static class CompareCommand
{
    public const string GapJsonFile = "gap.json";
    public const string GapMarkdownFile = "gap.md";

    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario YAML files; each gives a baseline column.", Arity = ArgumentArity.OneOrMore };
        var variants = new Option<string?>("--variants")
        {
            HelpName = "a,b,c",
            Description = "Add a column per named variant, for each FILE (every FILE must define it).",
        };
        var allVariants = new Option<bool>("--all-variants") { Description = "Add a column for every variant of each FILE." };
        var outDir = new Option<string?>("--out", "-o") { HelpName = "DIR", Description = "Output directory [default: out/compare-<first file name>]." };
        var explain = new Option<string?>("--explain")
        {
            HelpName = "A,B",
            Description = "Explain the gap from column A to column B (both of one file): the part of each differing assumption alone, "
                + "the interaction left over, and the change in mean total output by industry and by park.",
        };
        var target = new Option<string?>("--target") { HelpName = "ID", Description = "The target --explain looks at [default: the first target]." };
        var shared = new AnalysisOptions("the first file's `trials`");
        var formats = new OutputFormatOptions(writesXlsx: true, writesCsv: true);
        var command = new Command("compare", """
            Run scenarios and variants side by side with the same seed and trials (common random numbers), so a difference
            is the effect of the assumptions and not noise. Shows each target's probability with its 95% interval, P50,
            P10–P90 and the difference to the first column; the main metrics by year; and when each target is first met.
            Writes comparison.json, comparison.csv, comparison.md, report.html and the charts (PNG and SVG) into --out.
            Example: chainsim compare scenarios/sihui-2024.yaml --all-variants --trials 2000 --explain baseline,high-investment --target output_2025_plan
            """)
        {
            files, variants, allVariants, outDir, explain, target,
        };
        shared.AddTo(command);
        formats.AddTo(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var input = shared.Read(parsed);
            var paths = parsed.GetRequiredValue(files);
            var request = new CompareRequest(
                paths, AnalysisWorkflow.List(parsed.GetValue(variants)), parsed.GetValue(allVariants),
                parsed.GetValue(outDir) ?? Path.Combine("out", "compare-" + Path.GetFileNameWithoutExtension(paths[0])),
                parsed.GetValue(explain) is { } pair ? AnalysisWorkflow.List(pair) : null, parsed.GetValue(target), formats.Read(parsed));
            return AnalysisWorkflow.ExecuteAsync(console, input, "compare", runners => ExecuteAsync(console, input, runners, request, cancellationToken), cancellationToken);
        });
        return command;
    }

    private sealed record CompareRequest(
        IReadOnlyList<string> Files, IReadOnlyList<string> Variants, bool AllVariants, string OutDirectory,
        IReadOnlyList<string>? Explain, string? TargetId, OutputFormat Output);

    private static async Task<int> ExecuteAsync(CliConsole console, AnalysisInput input, CliRunners runners, CompareRequest request, CancellationToken cancellationToken)
    {
        var columns = CompareColumns.Build(request.Files, request.Variants, request.AllVariants);
        await AnalysisWorkflow.WarnAsync(console, columns).ConfigureAwait(false);
        CliChecks.RequireWritableDirectory(request.OutDirectory);
        (LabelledRun From, LabelledRun To)? pair = null;
        string? targetId = null;
        if (request.Explain is { } labels)
        {
            pair = CompareColumns.Pair(columns, labels);
            targetId = AnalysisWorkflow.RequireTarget(pair.Value.From, request.TargetId).Id;
        }
        else if (request.TargetId is not null)
        {
            throw new CliInputException("--target is used with --explain A,B");
        }
        var settings = input.Settings();
        AnalysisWorkflow.CheckObserved(columns, settings);
        var expected = columns.Count + (pair is null ? 0 : 2);
        var (comparison, gap) = await EngineOptions.UseRunnerAsync(runners, runner =>
            RunsProgress.RunAsync(console, input.ShowProgress(console), "Comparing", expected, runner, async counted =>
            {
                var result = await Comparer.RunAsync(counted, columns, settings, cancellationToken).ConfigureAwait(false);
                // Conditioned, the gap's runs use the trials the comparison fixed from the baseline's ESS.
                var gapSettings = result.Conditioning is null ? settings : settings with { Trials = result.Trials };
                var explanation = pair is { } p
                    ? await GapExplainer.ExplainAsync(counted, p.From, p.To, targetId, gapSettings, cancellationToken).ConfigureAwait(false)
                    : null;
                return (result, explanation);
            }), cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        await AnalysisWorkflow.WarnShortEssAsync(console, comparison.Conditioning, comparison.Trials).ConfigureAwait(false);

        // Human text follows --lang, else the first file's language:, else Chinese; the JSON and CSV never change with it.
        var words = AnalysisWords.For(input.Language ?? AnalysisWorkflow.Load(columns[0]).Language);
        var named = pair is { } explained && gap is not null ? AnalysisLabels.In(gap, AnalysisWorkflow.Load(explained.From), words) : null;
        var files = Files(comparison, gap, named, request.Output, words);
        OutputSet.Publish(request.OutDirectory, files, cancellationToken);
        if (input.Json)
        {
            await console.Out.WriteAsync(AnalysisJson.Comparison(comparison, gap) + "\n").ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            ComparisonConsole.Write(console, AnalysisLabels.In(comparison, words), named, words, words.Files(files.Keys), request.OutDirectory);
        }
        return ExitCodes.Success;
    }

    /// <summary>Every file of the comparison, rendered after all runs have finished and published as one set.</summary>
    /// <summary><paramref name="named"/> is the gap with its names in the language of <paramref name="analysisWords"/>, for gap.md.</summary>
    private static Dictionary<string, byte[]> Files(
        ComparisonResult comparison, GapExplanation? gap, GapExplanation? named, OutputFormat output, AnalysisWords analysisWords)
    {
        var words = analysisWords.Report;
        output = output.In(words.Language);
        var files = new Dictionary<string, byte[]>(ComparisonWriter.Files(comparison, analysisWords, output.Csv))
        {
            [ReportHtml.FileName] = OutputFiles.Utf8.GetBytes(ReportHtml.ForComparison(comparison, words.Language)),
        };
        var charts = new List<ChartImage> { ComparisonChart.Of(comparison, analysisWords) };
        for (var i = 0; i < comparison.Outcomes.Count; i++)
        {
            var outcome = comparison.Outcomes[i];
            var label = comparison.Columns[i].Label;
            charts.Add(FanChart.Of(outcome.Result, outcome.Scenario.Definition, MetricNames.TotalOutput, $"{words.TotalOutputChart} ({label})", words)
                .Named($"fan-total_output-{label}"));
        }
        foreach (var (name, bytes) in charts.SelectMany(c => c.Files()))
        {
            files[name] = bytes;
        }
        output.AddWorkbook(files, () => AnalysisWorkbook.Comparison(comparison, output.Language));
        if (gap is not null && named is not null)
        {
            files[GapJsonFile] = AnalysisJson.Bytes(gap);
            files[GapMarkdownFile] = OutputFiles.Utf8.GetBytes(AnalysisMarkdown.Gap(named, analysisWords));
        }
        return files;
    }
}
