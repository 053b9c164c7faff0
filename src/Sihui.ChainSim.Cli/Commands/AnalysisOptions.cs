using System.CommandLine;
using Sihui.ChainSim.Analysis.Runs;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>The options every analysis command (compare, sensitivity, goal-seek) shares: trials, seed, engine, --json and --verbose.</summary>
public sealed class AnalysisOptions(string trialsDefault)
{
    public Option<int?> Trials { get; } = new("--trials", "-n")
    {
        HelpName = "N",
        Description = $"Monte Carlo trials for every run [default: {trialsDefault}]. Every run uses the same trials and seed, "
            + "so differences between runs come from the assumptions, not from sampling noise.",
    };

    public Option<ulong?> Seed { get; } = CliChecks.SeedOption("Random seed for every run [default: the file's `seed`].");

    public EngineOptions Engine { get; } = new();

    public Option<bool> Json { get; } = new("--json") { Description = "Print the result as one JSON document to stdout and nothing else." };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Stack traces on failure." };

    public void AddTo(Command command)
    {
        command.Options.Add(Trials);
        command.Options.Add(Seed);
        Engine.AddTo(command);
        command.Options.Add(Json);
        command.Options.Add(Verbose);
    }

    public AnalysisInput Read(ParseResult parsed)
    {
        var (choice, problem) = Engine.Read(parsed);
        return new(parsed.GetValue(Trials), parsed.GetValue(Seed), choice, problem, parsed.GetValue(Json), parsed.GetValue(Verbose));
    }
}

/// <summary>The shared analysis options as parsed; <see cref="EngineProblem"/> says why the engine settings cannot work.</summary>
public sealed record AnalysisInput(int? Trials, ulong? Seed, RunnerChoice? Engine, string? EngineProblem, bool Json, bool Verbose)
{
    /// <summary>Settings for the analysis library; <paramref name="defaultTrials"/> applies when --trials is absent (null: the file's).</summary>
    public AnalysisSettings Settings(int? defaultTrials = null) => new() { Trials = Trials ?? defaultTrials, Seed = Seed };

    /// <summary>Progress is drawn only for a person at a terminal, never with --json.</summary>
    public bool ShowProgress(CliConsole console) => console.IsInteractive && !Json;
}
