using Sihui.ChainSim.Reports;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

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
        if (await CheckArgumentsAsync().ConfigureAwait(false) is { } overrides)
        {
            if (!File.Exists(settings.File))
            {
                return await FailAsync($"scenario file not found: {settings.File}").ConfigureAwait(false);
            }
            var bytes = await File.ReadAllBytesAsync(settings.File, cancellationToken).ConfigureAwait(false);
            var text = Decode(bytes);
            var options = new ScenarioLoadOptions { Variant = settings.Variant, Set = overrides };

            var request = new RunRequest
            {
                ScenarioText = text,
                FileName = settings.File,
                LoadOptions = options,
                Trials = settings.Trials,
                Seed = settings.Seed,
                Until = settings.Until,
                Engine = settings.Engine,
            };

            var simulate = Stopwatch.StartNew();
            var outcome = await EngineOptions.UseRunnerAsync(console, new RunnerOptions { Engine = settings.Engine, Cluster = settings.Cluster }, runner =>
                ProgressDisplay.RunAsync(console, ShowProgress, p => runner.RunAsync(request, p, cancellationToken)), cancellationToken).ConfigureAwait(false);
            simulate.Stop();
            cancellationToken.ThrowIfCancellationRequested();

            var report = new RunReport(outcome, settings.File, Convert.ToHexStringLower(SHA256.HashData(bytes)), CliText.Version);
            var summary = SummaryJsonWriter.Write(report);
            var timings = new RunTimings(startedAt, DateTimeOffset.UtcNow, simulate.Elapsed, total.Elapsed);
            var directory = settings.ResolvedOutDirectory;
            var files = new Dictionary<string, byte[]>
            {
                ["summary.json"] = summary,
                ["years.csv"] = YearsCsvWriter.Write(report),
                ["report.md"] = ReportMarkdownWriter.Write(report),
                ["run.json"] = RunInfoJsonWriter.Write(report, timings),
            };
            RunReportFiles.AddTo(files, outcome);
            OutputSet.Publish(directory, files, cancellationToken);

            if (settings.Json)
            {
                await console.Out.WriteAsync(Encoding.UTF8.GetString(summary)).ConfigureAwait(false);
                await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (!settings.Quiet)
            {
                ConsoleReport.Write(console, report, directory);
            }
            if (settings.Verbose)
            {
                await console.Error.WriteLineAsync(timings.Describe()).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        }
        return ExitCodes.InvalidInput;
    }

    private bool ShowProgress => console.IsInteractive && !settings.Json && !settings.Quiet;

    /// <summary>Checks options the loader does not see; returns the parsed overrides, or null after printing why not.</summary>
    private async Task<IReadOnlyList<OverrideDefinition>?> CheckArgumentsAsync()
    {
        if (settings.Trials is { } trials && (trials < 1 || trials > ScenarioDefinition.MaxTrials))
        {
            await FailAsync($"--trials must be between 1 and {ScenarioDefinition.MaxTrials}, got {trials}").ConfigureAwait(false);
            return null;
        }
        var overrides = new List<OverrideDefinition>();
        foreach (var item in settings.Set)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                await FailAsync($"--set expects PATH=VALUE (e.g. --set trials=500), got '{item}'").ConfigureAwait(false);
                return null;
            }
            overrides.Add(new OverrideDefinition(item[..equals].Trim(), item[(equals + 1)..]));
        }
        return overrides;
    }

    private async Task<int> FailAsync(string message)
    {
        await console.Error.WriteLineAsync($"chainsim: {message}").ConfigureAwait(false);
        return ExitCodes.InvalidInput;
    }

    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
