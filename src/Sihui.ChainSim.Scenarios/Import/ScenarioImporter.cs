using System.Globalization;
using System.Text;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Generation;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>
/// Spreadsheets to a scenario: reads a roster and a ledger (.xlsx or .csv), resolves their industry and park cells,
/// and writes the scenario text — a new one, or the base scenario with its <c>enterprises</c> and <c>projects</c>
/// replaced by the sheets' — then loads that text as <c>chainsim validate</c> would. Nothing is returned unless all
/// of it is good: a bad cell throws <see cref="TableFileException"/>, a scenario the loader refuses throws
/// <see cref="ScenarioValidationException"/>.
/// </summary>
public static class ScenarioImporter
{
    public static ImportResult Import(ImportOptions options)
    {
        if (options.Enterprises is null && options.Projects is null)
        {
            throw new ArgumentException("give a roster (enterprises), a ledger (projects) or both", nameof(options));
        }
        ScenarioDefinition? baseScenario = null;
        string? baseText = null;
        if (options.Base is not null)
        {
            baseScenario = ScenarioLoader.LoadFile(options.Base);
            var errors = new ErrorList();
            baseText = SafeText.ReadFile(options.Base, errors);
            errors.ThrowIfAny();
        }
        else if (options.BaseYear is null)
        {
            throw new ArgumentException("without a base scenario, give the base year", nameof(options));
        }
        var fixedLists = baseScenario is not null;
        var industries = new NameIndex("industry", "ind", baseScenario?.Industries.Select(i => (i.Id, i.Name)) ?? [], fixedLists);
        var parks = new NameIndex("park", "park", baseScenario?.Parks.Select(p => (p.Id, p.Name)) ?? [], fixedLists);
        var notes = new List<string>();
        var problems = new ImportProblems();
        var sections = new Dictionary<string, string>();
        var enterpriseCount = 0;
        var projectCount = 0;

        if (options.Enterprises is not null)
        {
            var sheet = Open(options.Enterprises, ImportColumns.Roster, "roster", notes);
            var rows = RosterReader.Read(sheet, industries, parks, problems);
            if (!problems.Any)
            {
                sections["enterprises"] = ImportedYaml.Enterprises(rows, options, sheet.Table.File);
                enterpriseCount = rows.Count;
                var defaults = rows.Count(e => e.Growth is null || e.GrowthSd is null);
                if (defaults > 0)
                {
                    notes.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{sheet.Table.File}: {defaults} of {rows.Count} enterprises have no growth or no spread; they get normal(mean {options.DefaultGrowth}, sd {options.DefaultGrowthSd}), marked as an assumption"));
                }
                if (baseScenario is { Enterprises.Count: > 0 })
                {
                    notes.Add($"{options.Base}: its {baseScenario.Enterprises.Count} enterprises are replaced by the roster's {rows.Count}");
                }
            }
        }
        if (options.Projects is not null)
        {
            var sheet = Open(options.Projects, ImportColumns.Ledger, "ledger", notes);
            var rows = LedgerReader.Read(sheet, industries, parks, problems);
            if (!problems.Any)
            {
                sections["projects"] = ImportedYaml.Projects(rows, sheet.Table.File);
                projectCount = rows.Count;
                if (baseScenario is { Projects.Count: > 0 })
                {
                    notes.Add($"{options.Base}: its {baseScenario.Projects.Count} projects are replaced by the ledger's {rows.Count}");
                }
            }
        }
        problems.ThrowIfAny();

        var text = baseText is not null
            ? BaseSections.Replace(baseText, sections)
            : Fresh(options, industries, parks, sections);
        // The file must pass `chainsim validate` as written; a refusal here means nothing is written.
        ScenarioLoader.LoadText(text, Path.GetFileName(options.Out));
        return new ImportResult(text, notes, enterpriseCount, projectCount);
    }

    private static ImportSheet Open(string path, IReadOnlyList<ImportColumn> columns, string what, List<string> notes)
    {
        var sheet = ImportSheet.Open(TableFile.Open(path), columns, what);
        var where = sheet.Table.Sheet is null ? $"line {sheet.HeaderRow}" : $"sheet {sheet.Table.Sheet}, row {sheet.HeaderRow}";
        notes.Add($"{sheet.Table.File}: {where}: columns {sheet.Used}");
        if (sheet.Ignored.Count > 0)
        {
            notes.Add($"{sheet.Table.File}: ignored columns {string.Join(", ", sheet.Ignored)} (see docs/import.md for the headers read)");
        }
        return sheet;
    }

    /// <summary>A new scenario: its years, one industry per industry cell and one park per park cell, then the sheets.</summary>
    private static string Fresh(ImportOptions options, NameIndex industries, NameIndex parks, Dictionary<string, string> sections)
    {
        var baseYear = options.BaseYear!.Value;
        var endYear = options.EndYear ?? baseYear + ImportOptions.DefaultYears;
        var name = Path.GetFileNameWithoutExtension(options.Out);
        var files = string.Join(" and ", new[] { options.Enterprises, options.Projects }.OfType<string>().Select(Path.GetFileName));
        var yaml = new StringBuilder();
        yaml.Append("# Imported by `chainsim import` from ").Append(files).Append(". Money is in 亿元.\n")
            .Append("# Industries and parks are the sheets' own cells; add shocks, prices, park land and targets by hand.\n")
            .Append("scenario: ").Append(ImportedYaml.Text(name)).Append('\n')
            .Append("base_year: ").Append(YamlText.Int(baseYear)).Append('\n')
            .Append("end_year: ").Append(YamlText.Int(endYear)).Append("\n\n")
            .Append("industries:\n");
        foreach (var (id, label) in industries.Items)
        {
            yaml.Append("  - {id: ").Append(id).Append(", name: ").Append(ImportedYaml.Text(label)).Append("}\n");
        }
        yaml.Append('\n');
        if (parks.Items.Count > 0)
        {
            yaml.Append("parks:\n");
            foreach (var (id, label) in parks.Items)
            {
                yaml.Append("  - {id: ").Append(id).Append(", name: ").Append(ImportedYaml.Text(label)).Append("}\n");
            }
            yaml.Append('\n');
        }
        foreach (var key in new[] { "enterprises", "projects" })
        {
            if (sections.TryGetValue(key, out var section))
            {
                yaml.Append(section);
            }
        }
        return yaml.ToString();
    }
}
