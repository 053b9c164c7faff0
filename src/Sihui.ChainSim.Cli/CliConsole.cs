using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Cli;

/// <summary>Where the CLI writes, whether a person is watching, and how it obtains a runner for an engine.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>True on an interactive terminal: only then is a progress bar drawn and colour used.</summary>
    public bool IsInteractive { get; init; }

    /// <summary>Chooses the runner for an engine; tests replace it.</summary>
    public Func<EngineKind, ISimulationRunner> Runners { get; init; } = RunnerFactory.Create;

    /// <summary>Builds the client runner of a cluster; tests replace it.</summary>
    public Func<ClusterConnectionOptions, ISimulationRunner> ClusterRunners { get; init; } = RunnerFactory.CreateClusterRunner;

    /// <summary>The runner for <paramref name="options"/>: a cluster client when a cluster is given, else the engine's.</summary>
    public ISimulationRunner CreateRunner(RunnerOptions options) =>
        options.Cluster is { } cluster ? ClusterRunners(cluster) : Runners(options.Engine);

    /// <summary>The process's own standard output and error.</summary>
    public static CliConsole System() =>
        new(Console.Out, Console.Error) { IsInteractive = !Console.IsOutputRedirected };
}
