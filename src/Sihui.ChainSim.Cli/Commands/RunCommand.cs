using System.CommandLine;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim run FILE</c>: simulates a scenario and reports each target's chance; <c>nowcast</c> is the same run conditioned on observations.</summary>
public static class RunCommand
{
    private const string NowcastDescription = """
        Simulate a scenario and condition each target's chance on this year's published year-to-date figures (docs/nowcast.md):
        the trials of a plain run, each weighted by how well it explains the observations. Prints before and after side by side,
        and writes the same files as run, with a conditioning section in summary.json.
        Example: chainsim nowcast scenarios/sihui-2024.yaml --observed obs.csv
        """;

    /// <summary><c>chainsim nowcast FILE --observed OBS.csv</c>.</summary>
    public static Command CreateNowcast(CliConsole console) => Create(console, "nowcast", NowcastDescription, observedRequired: true);

    public static Command Create(CliConsole console) => Create(console, "run", RunDescription, observedRequired: false);

    private const string RunDescription = """
        Simulate a scenario many times and report the chance of meeting each target.
        Writes summary.json, years.csv, report.md, run.json, report.html (self-contained, with charts) and the charts
        fan-total_output and industries-mean as PNG and SVG into the output directory.
        Example: chainsim run scenarios/sihui-2024.yaml --trials 5000 --variant pessimistic --set economy.shock.mean=-0.01
        On a cluster: chainsim run scenarios/sihui-2024.yaml --cluster --redis 127.0.0.1:6379
        Again, byte for byte: chainsim run --replay out/sihui-2024/summary.json --out out/again
        With this year's figures: chainsim run scenarios/sihui-2024.yaml --observed obs.csv (as nowcast)
        """;

    private static Command Create(CliConsole console, string name, string description, bool observedRequired)
    {
        var observed = new Option<string?>("--observed")
        {
            HelpName = "OBS.csv",
            Description = "Condition on published year-to-date figures: a CSV file metric,year,through_month,value,growth_yoy (docs/nowcast.md). "
                + "A scenario with its own observations: list refuses it.",
            Required = observedRequired,
        };
        var file = new Argument<string?>("FILE") { Description = "The scenario YAML file.", Arity = ArgumentArity.ZeroOrOne };
        var replay = new Option<string?>("--replay")
        {
            HelpName = "SUMMARY",
            Description = "Re-run exactly what a summary.json describes (its file, variant, overrides, trials, seed and years); "
                + "the new summary.json has the same bytes.",
        };
        var minEss = new Option<int?>("--min-ess")
        {
            HelpName = "N",
            Description = $"With --observed: draw more trials (continuing the trial index) until the effective sample size reaches N [default: {NowcastRuns.DefaultMinEss}].",
        };
        var maxTrials = new Option<int?>("--max-trials")
        {
            HelpName = "N",
            Description = $"With --observed: draw at most N trials in all [default: {NowcastRuns.DefaultMaxTrialsFactor}× the trials].",
        };
        var trials = new Option<int?>("--trials", "-n") { HelpName = "N", Description = "Monte Carlo trials (overrides the file's `trials`)." };
        var seed = CliChecks.SeedOption("Random seed (overrides the file's `seed`); same seed, same results.");
        var variant = new Option<string?>("--variant") { HelpName = "NAME", Description = "Apply a named variant from the file, e.g. pessimistic." };
        var set = new Option<string[]>("--set")
        {
            HelpName = "PATH=VALUE",
            Description = "Override one value: PATH=VALUE, VALUE in YAML (repeatable), e.g. --set economy.shock.mean=-0.01",
            AllowMultipleArgumentsPerToken = false,
        };
        var until = new Option<int?>("--until") { HelpName = "YEAR", Description = "Stop after this year instead of the file's end_year (not later than it); targets after it are dropped, each named on stderr." };
        var outDir = new Option<string?>("--out", "-o") { HelpName = "DIR", Description = "Output directory [default: out/<file name without extension>]." };
        var engine = new EngineOptions();
        var formats = new OutputFormatOptions(writesXlsx: true, writesCsv: true);
        var json = new Option<bool>("--json") { Description = "Print summary.json to stdout and nothing else." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar and no tables; only errors." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Timings, and stack traces on failure." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (implausible values, a run too large for this machine) as errors: exit 2 without running." };

        var command = new Command(name, description)
        {
            file, replay, observed, minEss, maxTrials, trials, seed, variant, set, until, outDir, json, quiet, verbose, strict,
        };
        engine.AddTo(command);
        formats.AddTo(command);
        var lang = new LanguageOption();
        lang.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (runner, problem) = engine.Read(parsed);
            var overrides = Overrides(parsed.GetValue(set) ?? [], ref problem);
            if (runner is null || problem is not null)
            {
                await console.Error.WriteLineAsync($"chainsim: {problem}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            var settings = new RunSettings
            {
                Request = new RunRequest
                {
                    ScenarioText = "",
                    FileName = parsed.GetValue(file) ?? "",
                    LoadOptions = new() { Variant = parsed.GetValue(variant), Set = overrides },
                    Trials = parsed.GetValue(trials),
                    Seed = parsed.GetValue(seed),
                    Until = parsed.GetValue(until),
                    MinEss = parsed.GetValue(minEss),
                    MaxTrials = parsed.GetValue(maxTrials),
                },
                Replay = parsed.GetValue(replay),
                Observed = parsed.GetValue(observed),
                Runner = runner,
                OutDirectory = parsed.GetValue(outDir),
                Json = parsed.GetValue(json),
                Output = formats.Read(parsed),
                Quiet = parsed.GetValue(quiet),
                Verbose = parsed.GetValue(verbose),
                Strict = parsed.GetValue(strict),
                Language = lang.Read(parsed),
            };
            return await new RunWorkflow(console, settings).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>The <c>--set PATH=VALUE</c> items; the first malformed one becomes <paramref name="problem"/>.</summary>
    private static List<OverrideDefinition> Overrides(IEnumerable<string> items, ref string? problem)
    {
        var overrides = new List<OverrideDefinition>();
        foreach (var item in items)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problem ??= $"--set expects PATH=VALUE (e.g. --set trials=500), got '{item}'";
                break;
            }
            overrides.Add(new OverrideDefinition(item[..equals].Trim(), item[(equals + 1)..]));
        }
        return overrides;
    }
}
