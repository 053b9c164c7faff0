using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>
/// A roster or ledger sheet with its header matched: the first non-blank row is the header, each of its cells is
/// matched to a column by any of the column's headers (<see cref="HeaderText"/>), and the rows below come as a
/// stream. A required column that no header names, or two headers for one column, refuse the sheet.
/// </summary>
public sealed class ImportSheet
{
    private readonly IEnumerator<TableRow> _rows;
    private readonly Dictionary<ImportColumn, (int Column, string Header)> _columns;

    private ImportSheet(TableSheet sheet, int headerRow, IEnumerator<TableRow> rows, Dictionary<ImportColumn, (int, string)> columns, IReadOnlyList<string> ignored)
    {
        Table = sheet;
        HeaderRow = headerRow;
        _rows = rows;
        _columns = columns;
        Ignored = ignored;
    }

    public TableSheet Table { get; }
    public int HeaderRow { get; }

    /// <summary>Header cells that name none of the columns; the import says it left them out.</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <summary>"企业名称 (B) → name, ...": which header fills which key, for the console.</summary>
    public string Used => string.Join(", ", _columns.OrderBy(c => c.Value.Column).Select(c => $"{c.Value.Header} ({Letter(c.Value.Column)}) → {c.Key.Key}"));

    public bool Has(ImportColumn column) => _columns.ContainsKey(column);

    public static ImportSheet Open(TableSheet sheet, IReadOnlyList<ImportColumn> columns, string what)
    {
        var rows = sheet.Rows.GetEnumerator();
        TableRow? header = null;
        while (rows.MoveNext())
        {
            if (!rows.Current.IsBlank)
            {
                header = rows.Current;
                break;
            }
        }
        if (header is null)
        {
            rows.Dispose();
            throw new TableFileException(new TableProblem(sheet.Place(1),
                $"the sheet is empty; a {what} needs a header row ({string.Join(", ", columns.Where(c => c.Required).Select(c => c.Header))}) and one row per item"));
        }
        var problems = new ImportProblems();
        var matched = new Dictionary<ImportColumn, (int, string)>();
        var ignored = new List<string>();
        foreach (var cell in header.Cells)
        {
            var text = cell.Text;
            var plain = HeaderText.Normalize(text);
            var column = columns.FirstOrDefault(c => c.AllHeaders.Any(h => HeaderText.Normalize(h) == plain));
            if (column is null)
            {
                ignored.Add(text);
            }
            else if (matched.TryGetValue(column, out var first))
            {
                problems.Add(sheet.Place(header.Number, cell.Column, text), $"a second column for {column.Label}; column {LetterOf(sheet, first.Item1)} ({first.Item2}) is already read as it");
            }
            else
            {
                matched[column] = (cell.Column, text);
            }
        }
        foreach (var missing in columns.Where(c => c.Required && !matched.ContainsKey(c)))
        {
            problems.Add(sheet.Place(header.Number),
                $"no column for {missing.Label}; name one {string.Join(", ", missing.AllHeaders.Take(4))} (the header has {string.Join(", ", header.Cells.Select(c => c.Text))})");
        }
        if (problems.Any)
        {
            rows.Dispose();
            problems.ThrowIfAny();
        }
        return new ImportSheet(sheet, header.Number, rows, matched, ignored);
    }

    /// <summary>The rows below the header, blank ones skipped; read once.</summary>
    public IEnumerable<ImportRow> Rows()
    {
        using (_rows)
        {
            while (_rows.MoveNext())
            {
                if (!_rows.Current.IsBlank)
                {
                    yield return new ImportRow(this, _rows.Current);
                }
            }
        }
    }

    internal (int Column, string Header)? Find(ImportColumn column) => _columns.TryGetValue(column, out var found) ? found : null;

    public string Letter(int column) => LetterOf(Table, column);

    private static string LetterOf(TableSheet sheet, int column) =>
        sheet.Sheet is null ? column.ToString(System.Globalization.CultureInfo.InvariantCulture) : TableCell.Letters(column);

    /// <summary>"roster.xlsx, sheet 名录, row 12": the provenance comment of a number from that row.</summary>
    public string Source(int row) => Table.Sheet is null ? $"{Table.File}, line {row}" : $"{Table.File}, sheet {Table.Sheet}, row {row}";
}
