using System.CommandLine;
using Sihui.ChainSim.Scenarios.Generation;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Reports;

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
        var roster = new Option<string?>("--roster") { HelpName = "FILE", Description = $"Also write the enterprises as a roster workbook (.xlsx, Chinese headers) for `chainsim import`; sizes default to {GeneratorSettings.SheetEnterprises} enterprises and {GeneratorSettings.SheetProjects} projects." };
        var ledger = new Option<string?>("--ledger") { HelpName = "FILE", Description = "Also write the projects as a ledger workbook (.xlsx, Chinese headers); goes with --roster." };

        var command = new Command("generate", """
            Write a synthetic scenario that uses every model feature: shocks, prices, linkages, park limits and
            attraction, capacities, chain masters, staged projects, indicators, targets, variants and tunables.
            The same options and seed always give the same file; every number in it is invented.
            With --roster and --ledger it also writes the enterprises and projects as Excel sheets (名录, 台账) that
            `chainsim import --base` turns back into the same scenario; enterprises and projects then hold only what
            such sheets hold (normal growth, whole build years, no chain masters).
            Example: chainsim generate --enterprises 50000 --parks 12 --industries 10 --projects 300 --years 8 --seed 7 --out big.yaml
            Example: chainsim generate --roster roster.xlsx --ledger ledger.xlsx --out base.yaml
            """)
        {
            enterprises, parks, industries, projects, years, seed, trials, outFile, roster, ledger,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var rosterFile = parsed.GetValue(roster);
            var ledgerFile = parsed.GetValue(ledger);
            var sheets = rosterFile is not null || ledgerFile is not null;
            if (sheets && (rosterFile is null || ledgerFile is null))
            {
                await console.Error.WriteLineAsync("chainsim: --roster and --ledger go together: give both files").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            // The sheets' sizes default to a county's roster, unless the sizes are given.
            var settings = new GeneratorSettings
            {
                Enterprises = sheets && parsed.GetResult(enterprises) is null or { Implicit: true } ? GeneratorSettings.SheetEnterprises : parsed.GetValue(enterprises),
                Parks = parsed.GetValue(parks),
                Industries = parsed.GetValue(industries),
                Projects = sheets && parsed.GetResult(projects) is null or { Implicit: true } ? GeneratorSettings.SheetProjects : parsed.GetValue(projects),
                Years = parsed.GetValue(years),
                Seed = parsed.GetValue(seed),
                Trials = parsed.GetValue(trials),
            };
            if (settings.Problem() is { } problem)
            {
                await console.Error.WriteLineAsync($"chainsim: {problem}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            if (sheets)
            {
                var generated = ScenarioGenerator.GenerateWithSheets(settings);
                OutputFiles.WriteAtomically(rosterFile!, RosterWorkbook.Roster(generated.Roster));
                await console.Error.WriteLineAsync($"wrote {rosterFile}: sheet {RosterWorkbook.RosterSheet}, {generated.Roster.Count} enterprises").ConfigureAwait(false);
                OutputFiles.WriteAtomically(ledgerFile!, RosterWorkbook.Ledger(generated.Ledger));
                await console.Error.WriteLineAsync($"wrote {ledgerFile}: sheet {RosterWorkbook.LedgerSheet}, {generated.Ledger.Count} projects").ConfigureAwait(false);
                await TextOutput.WriteAsync(console, parsed.GetValue(outFile), generated.Yaml, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
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
