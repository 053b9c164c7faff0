using System.IO.Compression;
using System.Xml.Linq;
using Sihui.ChainSim.Reports.Workbook;

namespace Sihui.ChainSim.Reports.Tests.Workbook;

/// <summary>The package results.xlsx is written as: frozen header rows, numbers stored as numbers with the format of each cell.</summary>
public sealed class XlsxWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static ZipArchive Written(params WorkbookSheet[] sheets)
    {
        var buffer = new MemoryStream();
        ResultsWorkbook.Write(buffer, sheets);
        buffer.Position = 0;
        return new ZipArchive(buffer, ZipArchiveMode.Read);
    }

    private static XDocument Part(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    [Fact]
    public void Every_sheet_freezes_its_header_row()
    {
        using var zip = Written(
            new WorkbookSheet("目标", ["编号", "达成概率"], [["a", WorkbookCell.Of(0.5, ValueFormat.Percent)]]),
            new WorkbookSheet("逐年", ["年份"], [[WorkbookCell.Year(2025)]]));

        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, sheets.Count);
        foreach (var sheet in sheets)
        {
            var pane = Part(zip, sheet.FullName).Descendants(Main + "pane").Single();
            Assert.Equal("frozen", (string?)pane.Attribute("state"));
            Assert.Equal("1", (string?)pane.Attribute("ySplit"));
            Assert.Equal("A2", (string?)pane.Attribute("topLeftCell"));
        }
    }

    [Fact]
    public void Each_number_keeps_its_value_and_gets_the_format_of_its_cell()
    {
        // One column holding 亿元 and a growth rate, as the targets sheet does: the format follows the cell, not the column.
        using var zip = Written(new WorkbookSheet("targets", ["value"], [
            [WorkbookCell.Of(1234.5678, ValueFormat.Amount)],
            [WorkbookCell.Of(0.0612345, ValueFormat.Percent)],
            [WorkbookCell.Of(double.NaN, ValueFormat.Percent)],
        ]));

        var styles = Part(zip, "xl/styles.xml");
        var codes = styles.Descendants(Main + "numFmt").ToDictionary(f => (string)f.Attribute("numFmtId")!, f => (string)f.Attribute("formatCode")!);
        var xfs = styles.Element(Main + "styleSheet")!.Element(Main + "cellXfs")!.Elements(Main + "xf").ToList();
        string FormatOf(XElement cell) => codes[(string)xfs[(int)cell.Attribute("s")!].Attribute("numFmtId")!];

        var sheet = Part(zip, zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).FullName);
        var cells = sheet.Descendants(Main + "c").ToList();
        Assert.Equal("inlineStr", (string?)cells[0].Attribute("t"));
        var money = cells.Single(c => (string?)c.Attribute("r") == "A2");
        var rate = cells.Single(c => (string?)c.Attribute("r") == "A3");
        Assert.Null(money.Attribute("t"));
        Assert.Equal(1234.5678, double.Parse(money.Element(Main + "v")!.Value, ReportText.Invariant));
        Assert.Equal("#,##0.0", FormatOf(money));
        Assert.Equal(0.0612345, double.Parse(rate.Element(Main + "v")!.Value, ReportText.Invariant));
        Assert.Equal("0.0%", FormatOf(rate));
        Assert.DoesNotContain(cells, c => (string?)c.Attribute("r") == "A4"); // NaN is an empty cell, not text
    }

    [Fact]
    public void A_write_only_stream_gets_the_workbook_through_a_buffer()
    {
        var sheet = new WorkbookSheet("s", ["h"], [["x"]]);
        var direct = new MemoryStream();
        ResultsWorkbook.Write(direct, [sheet]);
        var writeOnly = new WriteOnlyStream();

        ResultsWorkbook.Write(writeOnly, [sheet]);

        // Lengths may differ by the zip's entry times; the package must open and hold the workbook.
        Assert.True(writeOnly.Inner.Length > 1000);
        using var zip = new ZipArchive(new MemoryStream(writeOnly.Inner.ToArray()), ZipArchiveMode.Read);
        Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
    }

    [Fact]
    public async Task Writing_asynchronously_gives_the_same_package_as_the_bytes()
    {
        IReadOnlyList<WorkbookSheet> sheets = [new WorkbookSheet("s", ["h"], [[WorkbookCell.Of(1.5, ValueFormat.Amount)]])];
        var writeOnly = new WriteOnlyStream();

        await ResultsWorkbook.WriteAsync(writeOnly, sheets);

        // The zip's entry times may differ between two writes; the sheets may not.
        using var written = new ZipArchive(new MemoryStream(writeOnly.Inner.ToArray()), ZipArchiveMode.Read);
        using var made = new ZipArchive(new MemoryStream(ResultsWorkbook.Bytes(sheets)), ZipArchiveMode.Read);
        var sheet = made.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).FullName;
        Assert.Equal(Part(made, sheet).ToString(), Part(written, sheet).ToString());
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_lettered_as_Excel_does(int column, string name) => Assert.Equal(name, XlsxWriter.ColumnName(column));

    [Fact]
    public void Headers_come_in_either_language()
    {
        Assert.Equal("达成概率", new WorkbookText(WorkbookLanguage.Zh)["probability"]);
        Assert.Equal("probability", new WorkbookText(WorkbookLanguage.En)["probability"]);
        Assert.Equal("很可能", new WorkbookText(WorkbookLanguage.Zh).Verdict(0.8));
        Assert.Equal("unlikely", new WorkbookText(WorkbookLanguage.En).Verdict(0.2));
        Assert.Equal(WorkbookLanguage.En, WorkbookText.Parse("EN"));
        Assert.Throws<ArgumentException>(() => WorkbookText.Parse("fr"));
    }

    private sealed class WriteOnlyStream : Stream
    {
        public MemoryStream Inner { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);
    }
}
