using System.CommandLine;
using Sihui.ChainSim.Cli.Output;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Import;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim import</c>: an enterprise roster and a project ledger (.xlsx or .csv) to a scenario file.</summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var enterprises = new Option<string?>("--enterprises") { HelpName = "FILE", Description = "Enterprise roster (规上企业名录), .xlsx or .csv: one enterprise a row." };
        var projects = new Option<string?>("--projects") { HelpName = "FILE", Description = "Project ledger (项目台账), .xlsx or .csv: one project a row." };
        var baseFile = new Option<string?>("--base") { HelpName = "FILE", Description = "Scenario to merge into: its industries, parks, targets and the rest are kept; the sheets replace its enterprises and projects." };
        var outFile = new Option<string>("--out", "-o") { HelpName = "FILE", Description = "Scenario file to write (atomically; refused input writes nothing).", Required = true };
        var baseYear = new Option<int?>("--base-year") { HelpName = "YEAR", Description = "Without --base: the last year with known values (the sheets' year)." };
        var endYear = new Option<int?>("--end-year") { HelpName = "YEAR", Description = $"Without --base: the last simulated year (default base year + {ImportOptions.DefaultYears})." };
        var command = new Command("import", """
            Read an enterprise roster and a project ledger from Excel (.xlsx, first sheet) or CSV and write a scenario.
            Columns are found by their Chinese or English headers (企业名称/name, 行业/industry, 园区/park, 产值/output,
            投资额/investment, 阶段/stage, 计划开工/planned start, ...; see docs/import.md). Industry and park cells may
            hold an id or a name of the --base scenario. Every imported number gets a '# source: FILE, sheet S, row R'
            comment, and the file written passes `chainsim validate`. A bad cell is reported by sheet, row and column,
            with exit 2, and nothing is written.
            Example: chainsim import --enterprises roster.xlsx --projects ledger.xlsx --base scenarios/sihui-2024.yaml --out sihui-imported.yaml
            """)
        {
            enterprises, projects, baseFile, outFile, baseYear, endYear,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = new ImportOptions
            {
                Enterprises = parsed.GetValue(enterprises),
                Projects = parsed.GetValue(projects),
                Base = parsed.GetValue(baseFile),
                Out = parsed.GetRequiredValue(outFile),
                BaseYear = parsed.GetValue(baseYear),
                EndYear = parsed.GetValue(endYear),
            };
            if (InputProblem(options) is { } problem)
            {
                await console.Error.WriteLineAsync($"chainsim import: {problem}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            ImportResult result;
            try
            {
                result = ScenarioImporter.Import(options);
            }
            catch (TableFileException ex)
            {
                foreach (var item in ex.Problems)
                {
                    await console.Error.WriteLineAsync(CliText.OneLine(item.ToString())).ConfigureAwait(false);
                }
                await console.Error.WriteLineAsync($"chainsim import: nothing was written to {options.Out}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            catch (ScenarioValidationException ex)
            {
                await ErrorReport.WriteAsync(console.Error, ex.Errors).ConfigureAwait(false);
                await console.Error.WriteLineAsync($"chainsim import: the scenario is refused as above; nothing was written to {options.Out}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            foreach (var note in result.Notes)
            {
                await console.Out.WriteLineAsync(note).ConfigureAwait(false);
            }
            cancellationToken.ThrowIfCancellationRequested();
            OutputFiles.WriteText(options.Out, result.Text);
            await console.Out.WriteLineAsync($"wrote {options.Out}: {result.Enterprises} enterprises, {result.Projects} projects").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string? InputProblem(ImportOptions options) =>
        options.Enterprises is null && options.Projects is null ? "give --enterprises FILE, --projects FILE or both"
        : options.Base is null && options.BaseYear is null ? "without --base, give --base-year YEAR (the sheets' year)"
        : options.Base is not null && (options.BaseYear is not null || options.EndYear is not null) ? "--base-year and --end-year are the base scenario's with --base; leave them out"
        : options.BaseYear is { } b && options.EndYear is { } e && e <= b ? "--end-year must be after --base-year"
        : options.Base is not null && !File.Exists(options.Base) ? $"{options.Base}: file not found"
        : Directory.Exists(options.Out) ? $"--out {options.Out} is a directory; give a file name"
        : null;
}
