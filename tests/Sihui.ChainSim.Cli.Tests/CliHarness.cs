using Microsoft.Extensions.DependencyInjection;
using Sihui.ChainSim.Cli;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Generation;

namespace Sihui.ChainSim.Cli.Tests;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public bool HasStackTrace => Error.Contains("   at ", StringComparison.Ordinal) || Out.Contains("   at ", StringComparison.Ordinal);
}

/// <summary>Runs <c>chainsim</c> in this process with captured output, and makes small scenario files to run.</summary>
public static class CliHarness
{
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(null, default, args);

    /// <summary>Runs with <paramref name="runner"/> registered in the CLI's services in place of the configured one.</summary>
    public static async Task<CliResult> RunAsync(ISimulationRunner? runner, CancellationToken cancellationToken, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr);
        if (runner is not null)
        {
            console = console with { Services = services => services.AddSingleton(runner) };
        }
        var code = await CliApp.RunAsync(args, console, cancellationToken);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A small generated scenario written into <paramref name="directory"/>.</summary>
    public static string WriteScenario(string directory, int seed = 5, string name = "small.yaml")
    {
        var path = Path.Combine(directory, name);
        var settings = new GeneratorSettings { Enterprises = 30, Parks = 2, Industries = 3, Projects = 6, Years = 4, Seed = seed, Trials = 100 };
        File.WriteAllText(path, ScenarioGenerator.Generate(settings));
        return path;
    }
}
