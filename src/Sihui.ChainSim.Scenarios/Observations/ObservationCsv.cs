using System.Text.RegularExpressions;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Validation;
using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Scenarios.Observations;

/// <summary>
/// Reads an observations CSV file (<c>metric,year,through_month,value,growth_yoy</c>) for a scenario. Each line
/// becomes the mapping an `observations:` item would be (<see cref="CsvTable{T}"/>), so the CSV and the YAML list
/// are read and refused by the same code; errors name the file, the line, and the column's field. Lines starting
/// with '#' are comments (<see cref="CsvComments"/>). Throws
/// <see cref="ScenarioValidationException"/>.
/// </summary>
public static partial class ObservationCsv
{
    /// <summary>The columns, in the order the header shows them in the docs; any order is read.</summary>
    public static IReadOnlyList<string> Columns => CsvTable<ObservationDefinition>.Columns;

    public static IReadOnlyList<ObservedRow> ReadFile(string path, ScenarioDefinition scenario)
    {
        if (TableFile.IsWorkbook(path))
        {
            return ParseSheet(WorkbookSheet.Open(path), scenario);
        }
        var errors = new ErrorList();
        var text = SafeText.ReadFile(path, errors, CsvTable<ObservationDefinition>.Format);
        errors.ThrowIfAny();
        return Parse(text!, path, scenario);
    }

    /// <summary>Reads bytes as a file would be read: a UTF-8 BOM is dropped, other encodings are refused with advice.</summary>
    public static IReadOnlyList<ObservedRow> ParseBytes(ReadOnlySpan<byte> bytes, string file, ScenarioDefinition scenario)
    {
        var errors = new ErrorList();
        var text = SafeText.Decode(bytes, file, errors, CsvTable<ObservationDefinition>.Format);
        errors.ThrowIfAny();
        return Parse(text!, file, scenario);
    }

    public static IReadOnlyList<ObservedRow> Parse(string text, string file, ScenarioDefinition scenario)
    {
        var errors = new ErrorList();
        // A header alone is a file with no figures published yet: a nowcast of nothing, which is the plain run.
        var table = CsvTable<ObservationDefinition>.Parse(CsvComments.Blank(text), file, "observations", noRows: null, errors);
        return Checked(table, errors, scenario);
    }

    /// <summary>A workbook's bytes (an upload named <paramref name="file"/>), read as <see cref="ReadFile"/> reads the same .xlsx file.</summary>
    public static IReadOnlyList<ObservedRow> ParseWorkbook(byte[] bytes, string file, ScenarioDefinition scenario) => ParseSheet(WorkbookSheet.Open(bytes, file), scenario);

    /// <summary>The first sheet of a workbook, with the same columns and rules as the CSV file.</summary>
    public static IReadOnlyList<ObservedRow> ParseSheet(TableSheet sheet, ScenarioDefinition scenario)
    {
        var errors = new ErrorList();
        var table = CsvTable<ObservationDefinition>.ParseSheet(sheet, "observations", noRows: null, errors);
        return Checked(table, errors, scenario);
    }

    private static IReadOnlyList<ObservedRow> Checked(CsvRows<ObservationDefinition>? table, ErrorList errors, ScenarioDefinition scenario)
    {
        if (table is null)
        {
            errors.ThrowIfAny();
        }
        var validation = new ValidationContext(scenario, table!.Context.Marks, errors);
        foreach (var check in table.Context.Checks)
        {
            check(validation);
        }
        ObservationRules.Check(validation, table.Rows);
        if (errors.Any)
        {
            // A line already names the row: the error's field is the column, without the list path.
            throw new ScenarioValidationException(errors.Items.Select(e => e with { Path = RowPrefix().Replace(e.Path, "") }).ToList());
        }
        return table.Rows.Select((r, i) => new ObservedRow(r, table.Sources[i])).ToList();
    }

    [GeneratedRegex(@"^observations\[\d+\]\.?")]
    private static partial Regex RowPrefix();
}
