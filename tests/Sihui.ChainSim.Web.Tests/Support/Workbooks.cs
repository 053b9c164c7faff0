using System.IO.Compression;
using MiniExcelLibs;

namespace Sihui.ChainSim.Web.Tests.Support;

/// <summary>Small .xlsx files for upload tests, written with MiniExcel: a header row, then rows (null leaves a cell empty).</summary>
public static class Workbooks
{
    public static byte[] Sheet(string sheet, string[] header, params object?[][] rows)
    {
        using var stream = new MemoryStream();
        var list = rows.Select(r => header.Select((h, i) => (h, v: i < r.Length ? r[i] : null)).ToDictionary(x => x.h, x => x.v)).ToList();
        stream.SaveAs(list, sheetName: sheet);
        return stream.ToArray();
    }

    /// <summary>The rows of a CSV text as a sheet, each cell a number where it reads as one, as Excel would hold it.</summary>
    public static byte[] FromCsv(string sheet, string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith('#')).ToList();
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(Cell).ToArray()).ToArray();
        return Sheet(sheet, header, rows);
    }

    /// <summary>A zip that holds a text file: what a renamed archive looks like.</summary>
    public static byte[] ZipOfSomethingElse()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("notes.txt").Open()))
        {
            writer.Write("not a workbook");
        }
        return stream.ToArray();
    }

    private static object? Cell(string text) =>
        text.Length == 0 ? null
        : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number
        : text;
}
