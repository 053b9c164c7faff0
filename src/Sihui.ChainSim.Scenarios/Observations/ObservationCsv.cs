using System.Text.RegularExpressions;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Tree;
using Sihui.ChainSim.Scenarios.Loading.Validation;

namespace Sihui.ChainSim.Scenarios.Observations;

/// <summary>
/// Reads an observations CSV file (<c>metric,year,through_month,value,growth_yoy</c>) for a scenario. Each line
/// becomes the mapping an `observations:` item would be, so the CSV and the YAML list are read and refused by
/// the same code; errors name the file, the line, and the column's field. Throws <see cref="ScenarioValidationException"/>.
/// </summary>
public static partial class ObservationCsv
{
    private const string Format = "CSV";

    /// <summary>The columns, in the order the header shows them in the docs; any order is read.</summary>
    public static IReadOnlyList<string> Columns { get; } = FormatType.Of<ObservationDefinition>().Keys;

    public static IReadOnlyList<ObservedRow> ReadFile(string path, ScenarioDefinition scenario)
    {
        var errors = new ErrorList();
        var text = SafeText.ReadFile(path, errors, Format);
        errors.ThrowIfAny();
        return Parse(text!, path, scenario);
    }

    /// <summary>Reads bytes as a file would be read: a UTF-8 BOM is dropped, other encodings are refused with advice.</summary>
    public static IReadOnlyList<ObservedRow> ParseBytes(ReadOnlySpan<byte> bytes, string file, ScenarioDefinition scenario)
    {
        var errors = new ErrorList();
        var text = SafeText.Decode(bytes, file, errors, Format);
        errors.ThrowIfAny();
        return Parse(text!, file, scenario);
    }

    public static IReadOnlyList<ObservedRow> Parse(string text, string file, ScenarioDefinition scenario)
    {
        var errors = new ErrorList();
        var checkedText = SafeText.Check(text, file, errors, Format);
        errors.ThrowIfAny();
        var lines = checkedText!.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var headerIndex = lines.FindIndex(l => l.Trim().Length > 0);
        var header = Header(lines[headerIndex], new SourceMark(file, headerIndex + 1, 1), errors);
        errors.ThrowIfAny();

        var context = new MappingContext(errors, new SourceMap(new SourceMark(file, 1, 1)));
        var rows = new List<ObservationDefinition>();
        var sources = new List<string>();
        for (var n = headerIndex + 1; n < lines.Count; n++)
        {
            // Excel writes rows of empty cells (",,,,") below the data: they are blank lines too.
            if (lines[n].All(c => c is ',' or ' ' or '\t'))
            {
                continue;
            }
            var node = Row(lines[n], file, n + 1, header!, errors);
            if (node is not null && RecordReader.Read<ObservationDefinition>(node, $"observations[{rows.Count}]", context) is { } row)
            {
                rows.Add(row);
                sources.Add($"{file}:{n + 1}");
            }
        }
        if (rows.Count == 0 && !errors.Any)
        {
            errors.Add(new SourceMark(file, headerIndex + 1, 1), "", "the file has a header but no observations");
        }
        var validation = new ValidationContext(scenario, context.Marks, errors);
        foreach (var check in context.Checks)
        {
            check(validation);
        }
        ObservationRules.Check(validation, rows);
        if (errors.Any)
        {
            // A line already names the row: the error's field is the column, without the list path.
            throw new ScenarioValidationException(errors.Items.Select(e => e with { Path = RowPrefix().Replace(e.Path, "") }).ToList());
        }
        return rows.Select((r, i) => new ObservedRow(r, sources[i])).ToList();
    }

    /// <summary>The header's column names by position, or null (reported) when a column is missing, unknown or repeated.</summary>
    private static IReadOnlyList<string>? Header(string line, SourceMark at, ErrorList errors)
    {
        var cells = CsvLine.Split(line, out var problem);
        if (cells is null)
        {
            errors.Add(at with { Column = problem.Column }, "", problem.Message);
            return null;
        }
        var names = cells.Select(c => c.Text).ToList();
        var expected = string.Join(",", Columns);
        if (names.Count == 1 && names[0].Contains(';', StringComparison.Ordinal))
        {
            errors.Add(at, "", $"the header is separated by ';', but fields must be separated by commas: {expected}");
            return null;
        }
        foreach (var cell in cells.Where(c => !Columns.Contains(c.Text)))
        {
            errors.Add(at with { Column = cell.Column }, cell.Text, $"unknown column '{cell.Text}'{Suggest.Hint(cell.Text, Columns, '\'')}; the header must be {expected}");
        }
        foreach (var repeated in names.GroupBy(n => n).Where(g => g.Count() > 1 && Columns.Contains(g.Key)))
        {
            errors.Add(at, repeated.Key, $"column '{repeated.Key}' appears {repeated.Count()} times");
        }
        foreach (var missing in Columns.Where(c => !names.Contains(c)))
        {
            errors.Add(at, missing, $"missing column '{missing}'; the header must be {expected}");
        }
        return names;
    }

    /// <summary>The line as an `observations:` item would be: one plain scalar per non-empty cell, marked at its column.</summary>
    private static MappingNode? Row(string line, string file, int number, IReadOnlyList<string> header, ErrorList errors)
    {
        var cells = CsvLine.Split(line, out var problem);
        if (cells is null)
        {
            errors.Add(new SourceMark(file, number, problem.Column), "", problem.Message);
            return null;
        }
        if (cells.Count != header.Count)
        {
            errors.Add(new SourceMark(file, number, 1), "", $"the line has {cells.Count} fields but the header has {header.Count} ({string.Join(",", header)})");
            return null;
        }
        var entries = new List<MappingEntry>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Text.Length > 0)
            {
                var mark = new SourceMark(file, number, cells[i].Column);
                entries.Add(new MappingEntry(new ScalarNode(mark, header[i], isPlain: true), new ScalarNode(mark, cells[i].Text, isPlain: true)));
            }
        }
        return new MappingNode(new SourceMark(file, number, 1), entries);
    }

    [GeneratedRegex(@"^observations\[\d+\]\.?")]
    private static partial Regex RowPrefix();
}
