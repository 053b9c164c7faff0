using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Tabular;
using Sihui.ChainSim.Reports;
using System.Diagnostics;
using System.Text;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Model.Nowcast;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>The steps of <c>chainsim run</c>: check the input, simulate, then write every output file at once.</summary>
public sealed class RunWorkflow(CliConsole console, RunSettings settings)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ExecuteCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ScenarioValidationException ex)
        {
            await ErrorReport.WriteAsync(console.Error, ex.Errors).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        catch (ObservationsUnexplainedException ex)
        {
            return await FailAsync(CliText.OneLine(ex.Message)).ConfigureAwait(false);
        }
        catch (CliInputException ex)
        {
            return await FailAsync(CliText.OneLine(ex.Message)).ConfigureAwait(false);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Whatever failed after a stop was asked for (a silo shutting down, say) is part of the stop.
            await console.Error.WriteLineAsync("chainsim: cancelled; no output was written").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            var detail = settings.Verbose ? Environment.NewLine + ex : " (use --verbose for details)";
            await console.Error.WriteLineAsync($"chainsim: run failed: {CliText.OneLine(ex.Message)}{detail}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }

    private async Task<int> ExecuteCoreAsync(CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var total = Stopwatch.StartNew();
        if (settings.Request.Trials is { } trials && (trials < 1 || trials > ScenarioDefinition.MaxTrials))
        {
            return await FailAsync($"--trials must be between 1 and {ScenarioDefinition.MaxTrials}, got {trials}").ConfigureAwait(false);
        }
        if (NowcastInput.Problem(settings.Request.MinEss, settings.Request.MaxTrials) is { } nowcastProblem)
        {
            return await FailAsync(nowcastProblem).ConfigureAwait(false);
        }
        var overrides = settings.Request.LoadOptions.Set;
        var replay = settings.Replay is { } summaryPath ? ReadReplay(summaryPath) : null;
        var run = replay is null ? settings : ReplaySettings(replay);
        var (runners, problem) = await CliRunners.CreateAsync(console, run.Runner).ConfigureAwait(false);
        if (runners is null)
        {
            return await FailAsync(problem!).ConfigureAwait(false);
        }
        await using var owned = runners.ConfigureAwait(false);
        runners.WarmUp();
        var file = run.File ?? throw new CliInputException("give a scenario FILE, or --replay summary.json");
        CliChecks.RequireScenarioFile(file);
        var directory = run.ResolvedOutDirectory;
        CliChecks.RequireWritableDirectory(directory);

        // The one way every entry point reads a file: strict UTF-8, and the variants saved beside it.
        var source = ScenarioSource.Read(file);
        string? savedVariant = null;
        var options = source.Options(run.Request.LoadOptions.Variant, overrides);
        if (replay is not null)
        {
            await CheckReplayAsync(replay, source.Sha256).ConfigureAwait(false);
            var fromFile = replay.Variant is null || VariantMatchesFile(source, replay);
            // A saved variant that is gone or changed: its recorded values are applied in its place, under its name.
            savedVariant = fromFile ? null : replay.Variant;
            options = source.Options(
                fromFile ? replay.Variant : null,
                [.. replay.Extra(fromFile).Select(o => new OverrideDefinition(o.Path, o.Value))]);
        }

        var request = run.Request with { ScenarioText = source.Text, LoadOptions = options };
        if (settings.Observed is { } observedPath)
        {
            request = TableFile.IsWorkbook(observedPath)
                ? request with { ObservationsXlsx = NowcastInput.ReadWorkbook(observedPath), ObservationsFile = observedPath }
                : request with { ObservationsCsv = NowcastInput.Read(observedPath), ObservationsFile = observedPath };
        }

        var checkedScenario = ScenarioCompiler.Compile(request);
        IReadOnlyList<ScenarioError> warnings = [.. checkedScenario.Definition.Warnings, .. RunCost.Warnings(checkedScenario, file)];
        await ErrorReport.WriteWarningsAsync(console.Error, warnings).ConfigureAwait(false);
        if (settings.Strict && warnings.Count > 0)
        {
            return await FailAsync(ErrorReport.StrictRefusal(warnings.Count)).ConfigureAwait(false);
        }

        var simulate = Stopwatch.StartNew();
        var outcome = await EngineOptions.UseRunnerAsync(runners, runner =>
            ProgressDisplay.RunAsync(console, ShowProgress, p => NowcastRuns.RunAsync(runner, request, p, cancellationToken)), cancellationToken).ConfigureAwait(false);
        simulate.Stop();
        if (outcome.Result.Conditioning is { } conditioning && conditioning.FallsShortOf(NowcastRuns.MinEss(request)))
        {
            await console.Error.WriteLineAsync(
                NowcastInput.ShortEssWarning(conditioning.Ess, conditioning.TrialsDrawn, NowcastRuns.MinEss(request))).ConfigureAwait(false);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (savedVariant is not null)
        {
            var named = outcome.Scenario.Definition with { AppliedVariant = savedVariant };
            outcome = outcome with
            {
                Scenario = CompiledScenario.Compile(named, outcome.Scenario.Trials, outcome.Scenario.Seed, outcome.Scenario.EndYear, outcome.Scenario.Observed, outcome.Scenario.IsNowcast),
            };
        }

        var report = new RunReport(outcome, file, source.Sha256, CliText.Version)
        {
            Overrides = replay?.Overrides ?? RunOverride.Of(outcome.Scenario.Definition, overrides),
            Language = settings.Language ?? outcome.Scenario.Definition.Language,
        };
        await WriteDroppedAsync(report).ConfigureAwait(false);
        // Without --json the summary is written straight into its file and never held whole in memory.
        Action<Stream> writeSummary = stream => SummaryJsonWriter.Write(report, stream);
        if (run.Json)
        {
            var summary = SummaryJsonWriter.Write(report);
            // The summary goes out as soon as it exists; the report and its charts are drawn after, as they are written.
            cancellationToken.ThrowIfCancellationRequested();
            await console.Out.WriteAsync(Encoding.UTF8.GetString(summary)).ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            writeSummary = stream => stream.Write(summary);
        }
        var timings = new RunTimings(startedAt, DateTimeOffset.UtcNow, simulate.Elapsed, total.Elapsed);
        var files = new Dictionary<string, Action<Stream>>
        {
            ["summary.json"] = writeSummary,
            ["report.md"] = stream => stream.Write(ReportMarkdownWriter.Write(report)),
            ["run.json"] = stream => stream.Write(RunInfoJsonWriter.Write(report, timings)),
        };
        RunReportFiles.AddTo(files, report, settings.Output);
        OutputSet.Publish(directory, files, cancellationToken);

        if (!run.Json && !run.Quiet)
        {
            ConsoleReport.Write(console, report, directory);
        }
        if (run.Verbose)
        {
            await console.Error.WriteLineAsync(timings.Describe()).ConfigureAwait(false);
        }
        return ExitCodes.Success;
    }

    /// <summary>Reads the summary to replay; the options it fixes must not be given again.</summary>
    private RunReplay ReadReplay(string path)
    {
        var given = new List<string>();
        if (settings.File is not null)
        {
            given.Add("FILE");
        }
        var asked = settings.Request;
        given.AddRange(new (string Name, bool Given)[]
        {
            ("--variant", asked.LoadOptions.Variant is not null), ("--set", asked.LoadOptions.Set.Count > 0), ("--trials", asked.Trials is not null),
            ("--seed", asked.Seed is not null), ("--until", asked.Until is not null), ("--observed", settings.Observed is not null),
        }.Where(o => o.Given).Select(o => o.Name));
        if (given.Count > 0)
        {
            throw new CliInputException($"--replay takes the scenario, variant, overrides, trials, seed and years from the summary; drop {string.Join(", ", given)}");
        }
        return RunReplay.Read(path);
    }

    private RunSettings ReplaySettings(RunReplay replay) => settings with
    {
        Request = settings.Request with { FileName = replay.ScenarioFile, Trials = replay.Trials, Seed = replay.Seed, Until = replay.EndYear },
        Runner = settings.Runner.OrEngine(replay.Engine),
    };

    /// <summary>A changed scenario file cannot give the same results: refuse it. A different version may, so only say so.</summary>
    private async Task CheckReplayAsync(RunReplay replay, string sha256)
    {
        if (!string.Equals(sha256, replay.ScenarioSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliInputException(
                $"--replay {replay.SummaryPath}: {replay.ScenarioFile} has changed since the summary was written " +
                $"(sha256 {sha256}, the summary says {replay.ScenarioSha256}); restore that version of the file to replay it");
        }
        if (replay.Version != CliText.Version)
        {
            await console.Error.WriteLineAsync(
                $"chainsim: warning: the summary was written by version {replay.Version}, this is {CliText.Version}; results may differ").ConfigureAwait(false);
        }
    }

    /// <summary>True when the file defines the summary's variant with exactly the values the summary recorded for it.</summary>
    private static bool VariantMatchesFile(ScenarioSource source, RunReplay replay)
    {
        var definition = source.Load();
        var variantSource = RunOverride.FromVariant(replay.Variant!);
        var recorded = replay.Overrides.Where(o => o.Source == variantSource).Select(o => (o.Path, o.Value));
        return definition.Variants.FirstOrDefault(v => v.Name == replay.Variant) is { } variant
            && variant.Set.Select(o => (o.Path, o.Value)).SequenceEqual(recorded);
    }

    /// <summary>One line per target the run cannot judge because --until stops before its year.</summary>
    private async Task WriteDroppedAsync(RunReport report)
    {
        var last = report.Outcome.Scenario.EndYear;
        foreach (var target in report.DroppedTargets)
        {
            await console.Error.WriteLineAsync(
                $"chainsim: --until {last} drops target '{target.Id}' ({target.Name}, {target.Year}): it lies after the last simulated year").ConfigureAwait(false);
        }
        if (report.DroppedTargets.Count > 0)
        {
            await console.Error.WriteLineAsync($"chainsim: \"all targets at once\" {report.CoverageText}").ConfigureAwait(false);
        }
    }

    private bool ShowProgress => console.IsInteractive && !settings.Json && !settings.Quiet;

    private async Task<int> FailAsync(string message)
    {
        await console.Error.WriteLineAsync($"chainsim: {message}").ConfigureAwait(false);
        return ExitCodes.InvalidInput;
    }
}
