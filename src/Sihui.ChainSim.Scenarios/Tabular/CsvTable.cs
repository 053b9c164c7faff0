using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>
/// Reads a CSV file whose header names the keys of a format record <typeparamref name="T"/>: each line becomes the
/// mapping the record's YAML form would be, so a CSV file and a YAML list are read and refused by the same code.
/// Errors name the file, the line and the column; the caller runs its own rules on the rows, then throws.
/// </summary>
public static class CsvTable<T> where T : class
{
    public const string Format = "CSV";

    /// <summary>The columns, in the order of the record's keys; any order is read.</summary>
    public static IReadOnlyList<string> Columns { get; } = FormatType.Of<T>().Keys;

    /// <summary>
    /// The rows that mapped, with their sources (<c>file:line</c>) and the context holding their marks at
    /// <c>{list}[i].field</c>; null when the text or the header is refused, with the reasons in <paramref name="errors"/>.
    /// </summary>
    public static CsvRows<T>? Parse(string text, string file, string list, string? noRows, ErrorList errors)
    {
        var checkedText = SafeText.Check(text, file, errors, Format);
        if (checkedText is null)
        {
            return null;
        }
        var lines = checkedText.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var headerIndex = lines.FindIndex(l => l.Trim().Length > 0);
        if (headerIndex < 0)
        {
            errors.Add(new SourceMark(file, 1, 1), "", $"the file has no header; it must be {string.Join(",", Columns)}");
            return null;
        }
        var header = Header(lines[headerIndex], new SourceMark(file, headerIndex + 1, 1), errors);
        if (header is null || errors.Any)
        {
            return null;
        }
        var context = new MappingContext(errors, new SourceMap(new SourceMark(file, 1, 1)));
        var rows = new List<T>();
        var sources = new List<string>();
        for (var n = headerIndex + 1; n < lines.Count; n++)
        {
            // Excel writes rows of empty cells (",,,,") below the data: they are blank lines too.
            if (lines[n].All(c => c is ',' or ' ' or '\t'))
            {
                continue;
            }
            var node = Row(lines[n], file, n + 1, header, errors);
            if (node is not null && RecordReader.Read<T>(node, $"{list}[{rows.Count}]", context) is { } row)
            {
                rows.Add(row);
                sources.Add($"{file}:{n + 1}");
            }
        }
        if (rows.Count == 0 && !errors.Any && noRows is not null)
        {
            errors.Add(new SourceMark(file, headerIndex + 1, 1), "", noRows);
        }
        return new CsvRows<T>(rows, sources, context);
    }

    /// <summary>
    /// A sheet of a workbook read as the CSV file would be: the first non-blank row is the header, each row below
    /// becomes a mapping marked at <c>file (sheet S):row:column</c>, so the same rules refuse the same cells.
    /// </summary>
    public static CsvRows<T>? ParseSheet(TableSheet sheet, string list, string? noRows, ErrorList errors)
    {
        var file = sheet.Sheet is null ? sheet.File : $"{sheet.File} (sheet {sheet.Sheet})";
        var context = new MappingContext(errors, new SourceMap(new SourceMark(file, 1, 1)));
        var rows = new List<T>();
        var sources = new List<string>();
        Dictionary<int, string>? header = null;
        var headerRow = 0;
        foreach (var row in sheet.Rows)
        {
            if (row.IsBlank || row.Cells[0].Column == 1 && row.Cells[0].Text.StartsWith('#'))
            {
                continue;
            }
            if (header is null)
            {
                headerRow = row.Number;
                var cells = row.Cells.Select(c => new CsvCell(c.Text, c.Column)).ToList();
                if (CheckHeader(cells, new SourceMark(file, row.Number, 1), errors) is null || errors.Any)
                {
                    return null;
                }
                header = row.Cells.ToDictionary(c => c.Column, c => c.Text);
                continue;
            }
            var entries = new List<MappingEntry>();
            foreach (var cell in row.Cells)
            {
                var mark = new SourceMark(file, row.Number, cell.Column);
                if (!header.TryGetValue(cell.Column, out var key))
                {
                    errors.Add(mark, "", $"a value in column {TableCell.Letters(cell.Column)}, which has no header; the header is {string.Join(",", header.Values)}");
                    continue;
                }
                entries.Add(new MappingEntry(new ScalarNode(mark, key, isPlain: true), new ScalarNode(mark, cell.Text, isPlain: true)));
            }
            if (RecordReader.Read<T>(new MappingNode(new SourceMark(file, row.Number, 1), entries), $"{list}[{rows.Count}]", context) is { } read)
            {
                rows.Add(read);
                sources.Add($"{file}:{row.Number}");
            }
        }
        if (header is null)
        {
            errors.Add(new SourceMark(file, 1, 1), "", $"the sheet is empty; its first row must be the header {string.Join(",", Columns)}");
            return null;
        }
        if (rows.Count == 0 && !errors.Any && noRows is not null)
        {
            errors.Add(new SourceMark(file, headerRow, 1), "", noRows);
        }
        return new CsvRows<T>(rows, sources, context);
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
        return CheckHeader(cells, at, errors);
    }

    private static IReadOnlyList<string>? CheckHeader(IReadOnlyList<CsvCell> cells, SourceMark at, ErrorList errors)
    {
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

    /// <summary>The line as a list item would be: one plain scalar per non-empty cell, marked at its column.</summary>
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
}
