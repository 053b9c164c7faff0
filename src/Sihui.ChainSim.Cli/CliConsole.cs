using Microsoft.Extensions.DependencyInjection;

namespace Sihui.ChainSim.Cli;

/// <summary>Where the CLI writes, and whether a person is watching.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>True on an interactive terminal: only then is a progress bar drawn and colour used.</summary>
    public bool IsInteractive { get; init; }

    /// <summary>Registrations added after the runner's own, so they win; tests register fake runners here.</summary>
    public Action<IServiceCollection>? Services { get; init; }

    /// <summary>The process's own standard output and error.</summary>
    public static CliConsole System() =>
        new(Console.Out, Console.Error) { IsInteractive = !Console.IsOutputRedirected };
}
