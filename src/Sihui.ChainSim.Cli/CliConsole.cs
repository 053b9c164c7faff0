using Sihui.ChainSim.Runner;

namespace Sihui.ChainSim.Cli;

/// <summary>Where the CLI writes, whether a person is watching, and how it obtains a runner for an engine.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>True on an interactive terminal: only then is a progress bar drawn and colour used.</summary>
    public bool IsInteractive { get; init; }

    /// <summary>Chooses the runner for an engine; tests replace it.</summary>
    public Func<EngineKind, ISimulationRunner> Runners { get; init; } = RunnerFactory.Create;

    /// <summary>The process's own standard output and error.</summary>
    public static CliConsole System() =>
        new(Console.Out, Console.Error) { IsInteractive = !Console.IsOutputRedirected };
}
