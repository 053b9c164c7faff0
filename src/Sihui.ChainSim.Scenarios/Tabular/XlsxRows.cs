using MiniExcelLibs;

namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>
/// Reads a sheet of an .xlsx workbook as a stream of rows (MiniExcel reads the sheet's XML forward, so memory stays
/// flat however many rows there are). A file on disk and an upload's bytes are read by the same code, so both give the
/// same rows and the same refusals. A file that is not a workbook — another kind of zip, or no zip at all — is
/// refused with what it is, never with the library's exception.
/// </summary>
public static class XlsxRows
{
    public static IReadOnlyList<string> SheetNames(string path, string file) => SheetNames(() => OpenShared(path), file);

    public static TableSheet Open(string path, string file, string? sheet) => Open(() => OpenShared(path), file, sheet);

    /// <summary>A workbook's bytes (an upload) read as the file holding them would be, named <paramref name="file"/>.</summary>
    public static TableSheet Open(byte[] bytes, string file, string? sheet = null) => Open(() => new MemoryStream(bytes, writable: false), file, sheet);

    private static FileStream OpenShared(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);

    private static IReadOnlyList<string> SheetNames(Func<Stream> open, string file)
    {
        try
        {
            using var stream = open();
            return MiniExcel.GetSheetNames(stream);
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or IOException or System.Xml.XmlException or NullReferenceException or KeyNotFoundException)
        {
            throw NotAWorkbook(file, ex);
        }
    }

    private static TableSheet Open(Func<Stream> open, string file, string? sheet)
    {
        var names = SheetNames(open, file);
        if (names.Count == 0)
        {
            throw new TableFileException(new TableProblem(new TablePlace(file, null, 0), "the workbook has no sheets"));
        }
        var chosen = sheet ?? names[0];
        if (!names.Contains(chosen))
        {
            throw new TableFileException(new TableProblem(new TablePlace(file, null, 0), $"no sheet '{chosen}'; the workbook has {string.Join(", ", names)}"));
        }
        return new TableSheet(file, chosen, Rows(open, file, chosen));
    }

    private static IEnumerable<TableRow> Rows(Func<Stream> open, string file, string sheet)
    {
        using var stream = open();
        IEnumerator<object> rows;
        try
        {
            rows = stream.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw NotAWorkbook(file, ex);
        }
        using (rows)
        {
            // MiniExcel yields empty rows in gaps too, so the count is the sheet's own row number.
            for (var number = 1; ; number++)
            {
                try
                {
                    if (!rows.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (Exception ex) when (IsUnreadable(ex))
                {
                    throw new TableFileException(new TableProblem(new TablePlace(file, sheet, number), $"the sheet cannot be read: {ex.Message}"));
                }
                yield return Row(number, (IDictionary<string, object?>)rows.Current);
            }
        }
    }

    private static TableRow Row(int number, IDictionary<string, object?> values)
    {
        var cells = new List<TableCell>(values.Count);
        foreach (var (letters, value) in values)
        {
            if (value is null || value is string s && s.Trim().Length == 0)
            {
                continue;
            }
            cells.Add(new TableCell(Column(letters), value));
        }
        return new TableRow(number, cells);
    }

    private static int Column(string letters)
    {
        var column = 0;
        foreach (var c in letters)
        {
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return column;
    }

    private static bool IsUnreadable(Exception ex) =>
        ex is InvalidOperationException or InvalidDataException or IOException or System.Xml.XmlException or NullReferenceException or KeyNotFoundException or FormatException;

    private static TableFileException NotAWorkbook(string file, Exception ex) =>
        new(new TableProblem(new TablePlace(file, null, 0),
            $"is not an Excel workbook (.xlsx): {ex.Message}. Save the sheet from Excel or WPS as .xlsx (Excel 2007 or later), or as CSV"));
}
