using System.CommandLine;
using Sihui.ChainSim.Scenarios.Generation;
using Sihui.ChainSim.Cli.Output;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim generate</c>: writes a synthetic scenario of any size, the same for the same seed.</summary>
public static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var defaults = new GeneratorSettings();
        var enterprises = Int("--enterprises", "Number of enterprises.", defaults.Enterprises);
        var parks = Int("--parks", "Number of industrial parks.", defaults.Parks);
        var industries = Int("--industries", "Number of industries (industrial chains).", defaults.Industries);
        var projects = Int("--projects", "Number of named projects in the pipeline.", defaults.Projects);
        var years = Int("--years", "Years to simulate after the base year.", defaults.Years);
        var seed = Int("--seed", "Seed of the generator (also written as the scenario's seed).", defaults.Seed);
        var trials = Int("--trials", "The scenario's default number of trials.", defaults.Trials);
        var outFile = new Option<string?>("--out", "-o") { HelpName = "FILE", Description = "Write to this file instead of stdout." };

        var command = new Command("generate", """
            Write a synthetic scenario that uses every model feature: shocks, prices, linkages, park limits and
            attraction, capacities, chain masters, staged projects, indicators, targets, variants and tunables.
            The same options and seed always give the same file; every number in it is invented.
            Example: chainsim generate --enterprises 50000 --parks 12 --industries 10 --projects 300 --years 8 --seed 7 --out big.yaml
            """)
        {
            enterprises, parks, industries, projects, years, seed, trials, outFile,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = new GeneratorSettings
            {
                Enterprises = parsed.GetValue(enterprises),
                Parks = parsed.GetValue(parks),
                Industries = parsed.GetValue(industries),
                Projects = parsed.GetValue(projects),
                Years = parsed.GetValue(years),
                Seed = parsed.GetValue(seed),
                Trials = parsed.GetValue(trials),
            };
            if (settings.Problem() is { } problem)
            {
                await console.Error.WriteLineAsync($"chainsim: {problem}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            var yaml = ScenarioGenerator.Generate(settings);
            await TextOutput.WriteAsync(console, parsed.GetValue(outFile), yaml, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<int> Int(string name, string description, int fallback) =>
        new(name) { Description = description, HelpName = "N", DefaultValueFactory = _ => fallback };
}
