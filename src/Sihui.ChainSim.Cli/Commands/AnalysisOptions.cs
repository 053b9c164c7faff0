using System.CommandLine;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>The options every analysis command (compare, sensitivity, goal-seek) shares: trials, seed, observations, engine, --json and --verbose.</summary>
public sealed class AnalysisOptions(string trialsDefault)
{
    public Option<int?> Trials { get; } = new("--trials", "-n")
    {
        HelpName = "N",
        Description = $"Monte Carlo trials for every run [default: {trialsDefault}]. Every run uses the same trials and seed, "
            + "so differences between runs come from the assumptions, not from sampling noise.",
    };

    public Option<ulong?> Seed { get; } = CliChecks.SeedOption("Random seed for every run [default: the file's `seed`].");

    public Option<string?> Observed { get; } = new("--observed")
    {
        HelpName = "OBS.csv",
        Description = "Condition every run on published year-to-date figures, as nowcast does (docs/nowcast.md): the probabilities "
            + "come from the weighted trials, and each run's effective sample size (ESS) is shown.",
    };

    public Option<int?> MinEss { get; } = new("--min-ess")
    {
        HelpName = "N",
        Description = $"With --observed: the first run draws more trials until its ESS reaches N [default: {NowcastRuns.DefaultMinEss}]; "
            + "every other run then uses that many trials.",
    };

    public Option<int?> MaxTrials { get; } = new("--max-trials")
    {
        HelpName = "N",
        Description = $"With --observed: the first run draws at most N trials [default: {NowcastRuns.DefaultMaxTrialsFactor}× the trials].",
    };

    public EngineOptions Engine { get; } = new();

    public Option<bool> Json { get; } = new("--json") { Description = "Print the result as one JSON document to stdout and nothing else." };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Stack traces on failure." };

    public LanguageOption Language { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(Trials);
        command.Options.Add(Seed);
        command.Options.Add(Observed);
        command.Options.Add(MinEss);
        command.Options.Add(MaxTrials);
        Engine.AddTo(command);
        command.Options.Add(Json);
        command.Options.Add(Verbose);
        Language.AddTo(command);
    }

    public AnalysisInput Read(ParseResult parsed)
    {
        var (choice, problem) = Engine.Read(parsed);
        return new(parsed.GetValue(Trials), parsed.GetValue(Seed), choice, problem, parsed.GetValue(Json), parsed.GetValue(Verbose))
        {
            Observed = parsed.GetValue(Observed),
            MinEss = parsed.GetValue(MinEss),
            MaxTrials = parsed.GetValue(MaxTrials),
            Language = Language.Read(parsed),
        };
    }
}

/// <summary>The shared analysis options as parsed; <see cref="EngineProblem"/> says why the engine settings cannot work.</summary>
public sealed record AnalysisInput(int? Trials, ulong? Seed, RunnerChoice? Engine, string? EngineProblem, bool Json, bool Verbose)
{
    /// <summary>The observations file every run is conditioned on (<c>--observed</c>).</summary>
    public string? Observed { get; init; }
    public int? MinEss { get; init; }
    public int? MaxTrials { get; init; }

    /// <summary><c>--lang</c>; null follows the scenario's <c>language:</c>, else Chinese.</summary>
    public Scenarios.Definitions.ScenarioLanguage? Language { get; init; }

    /// <summary>
    /// Settings for the analysis library; <paramref name="defaultTrials"/> applies when --trials is absent (null: the file's).
    /// Reads the observations file, refusing a missing one or a bad encoding as <c>run --observed</c> does.
    /// </summary>
    public AnalysisSettings Settings(int? defaultTrials = null) => new()
    {
        Trials = Trials ?? defaultTrials,
        Seed = Seed,
        ObservationsCsv = Observed is { } path && !TableFile.IsWorkbook(path) ? NowcastInput.Read(path) : null,
        ObservationsXlsx = Observed is { } book && TableFile.IsWorkbook(book) ? NowcastInput.ReadWorkbook(book) : null,
        ObservationsFile = Observed,
        MinEss = MinEss,
        MaxTrials = MaxTrials,
    };

    /// <summary>Progress is drawn only for a person at a terminal, never with --json.</summary>
    public bool ShowProgress(CliConsole console) => console.IsInteractive && !Json;
}
