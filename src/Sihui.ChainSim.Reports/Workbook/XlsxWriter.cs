using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sihui.ChainSim.Reports.Workbook;

/// <summary>
/// Writes sheets as an .xlsx with the Open XML SDK: a bold, frozen header row, numbers stored as numbers with one
/// number format per cell (<see cref="ValueFormat"/>), text as inline strings, and columns sized to their contents.
/// </summary>
public static class XlsxWriter
{
    // Custom number formats start at 164; the lower ids are Excel's built-in ones.
    private static readonly (ValueFormat Format, uint NumberFormatId, string? Code)[] Formats =
    [
        (ValueFormat.General, 0, null),
        (ValueFormat.Year, 1, null), // built-in "0"
        (ValueFormat.Count, 3, null), // built-in "#,##0"
        (ValueFormat.Amount, 164, "#,##0.0"),
        (ValueFormat.Percent, 165, "0.0%"),
        (ValueFormat.Number, 166, "#,##0.0##"),
    ];

    // Style 0 is the plain default, 1 the header; a number's style is 2 + its format's place in Formats.
    private const uint HeaderStyle = 1;

    /// <summary>
    /// Writes the workbook into <paramref name="destination"/>. The package needs a stream it can read and seek, so a
    /// write-only one (an output file being staged, an HTTP response) gets the bytes from a buffer.
    /// </summary>
    public static void Write(Stream destination, IReadOnlyList<WorkbookSheet> sheets)
    {
        if (sheets.Count == 0)
        {
            throw new ArgumentException("a workbook needs at least one sheet", nameof(sheets));
        }
        if (destination is { CanRead: true, CanSeek: true, CanWrite: true })
        {
            WritePackage(destination, sheets);
            return;
        }
        using var buffer = new MemoryStream();
        WritePackage(buffer, sheets);
        buffer.Position = 0;
        buffer.CopyTo(destination);
    }

    private static void WritePackage(Stream destination, IReadOnlyList<WorkbookSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(destination, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var list = new Sheets();
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
        }
        workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(list);
    }

    private static void WriteSheet(WorksheetPart part, WorkbookSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 }));
        var columns = new Columns();
        var widths = Widths(sheet);
        for (var c = 0; c < widths.Length; c++)
        {
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = widths[c], CustomWidth = true });
        }
        writer.WriteElement(columns);
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, sheet.Headers.Select(h => (WorkbookCell)h).ToList(), header: true);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            WriteRow(writer, (uint)r + 2, sheet.Rows[r], header: false);
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, IReadOnlyList<WorkbookCell> cells, bool header)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var reference = ColumnName(c) + index.ToString(ReportText.Invariant);
            if (cell.Number is { } number)
            {
                writer.WriteElement(new Cell { CellReference = reference, StyleIndex = Style(cell.Format), CellValue = new CellValue(number) });
            }
            else if (!string.IsNullOrEmpty(cell.Text))
            {
                writer.WriteElement(new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = header ? HeaderStyle : 0,
                    InlineString = new InlineString(new Text(cell.Text) { Space = SpaceProcessingModeValues.Preserve }),
                });
            }
        }
        writer.WriteEndElement();
    }

    private static uint Style(ValueFormat format) => 2 + (uint)Array.FindIndex(Formats, f => f.Format == format);

    /// <summary>A, B, …, Z, AA, …: the letters of a zero-based column.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    /// <summary>Each column wide enough for its longest entry, a CJK character counting as two, within 8 and 60.</summary>
    private static double[] Widths(WorkbookSheet sheet)
    {
        var count = Math.Max(sheet.Headers.Count, sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Count));
        var widths = new double[count];
        void Fit(int c, string text) => widths[c] = Math.Max(widths[c], text.Sum(ch => ch > 0x2E7F ? 2 : 1) + 2);
        for (var c = 0; c < sheet.Headers.Count; c++)
        {
            Fit(c, sheet.Headers[c]);
        }
        foreach (var row in sheet.Rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                // A number as formatted is at most about 14 characters wide.
                Fit(c, row[c].Number is not null ? "-1,234,567.0" : row[c].Text ?? "");
            }
        }
        return [.. widths.Select(w => Math.Clamp(w, 8, 60))];
    }

    private static Stylesheet Styles()
    {
        var numberFormats = new NumberingFormats();
        foreach (var (_, id, code) in Formats.Where(f => f.Code is not null))
        {
            numberFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = code });
        }
        numberFormats.Count = (uint)numberFormats.ChildElements.Count;
        var cellFormats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true });
        foreach (var (_, id, _) in Formats)
        {
            cellFormats.Append(new CellFormat { NumberFormatId = id, ApplyNumberFormat = true });
        }
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            numberFormats,
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            cellFormats);
    }
}
