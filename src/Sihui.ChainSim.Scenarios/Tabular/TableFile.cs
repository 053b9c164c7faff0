using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Reading;

namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>
/// Opens a table file by its extension: <c>.xlsx</c> through <see cref="XlsxRows"/>, anything else as CSV. Both give
/// the same rows with the same places, so every reader of tables (import, history, observations) refuses the same
/// things the same way. Throws <see cref="TableFileException"/>.
/// </summary>
public static class TableFile
{
    public static bool IsWorkbook(string path) => Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first sheet of a workbook (or the one named <paramref name="sheet"/>), or the rows of a CSV file.</summary>
    public static TableSheet Open(string path, string? sheet = null)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new TableFileException(new TableProblem(new TablePlace(name, null, 0), Directory.Exists(path) ? "is a directory, not a table file" : "file not found"));
        }
        return IsWorkbook(path) ? XlsxRows.Open(path, name, sheet) : Csv(path, name);
    }

    /// <summary>CSV text checked as every CSV input is (encoding, binary, size); '#' comment lines read as blank.</summary>
    private static TableSheet Csv(string path, string name)
    {
        var errors = new ErrorList();
        var text = SafeText.ReadFile(path, errors, CsvTable<object>.Format);
        if (text is null || errors.Any)
        {
            throw new TableFileException(errors.Items.Select(e => new TableProblem(new TablePlace(name, null, e.Line, e.Column), e.Message)).ToList());
        }
        return new TableSheet(name, null, CsvRows(CsvComments.Blank(text), name));
    }

    public static IEnumerable<TableRow> CsvRows(string text, string file)
    {
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            var cells = CsvLine.Split(line, out var problem)
                ?? throw new TableFileException(new TableProblem(new TablePlace(file, null, n + 1, problem.Column), problem.Message));
            yield return new TableRow(n + 1, cells.Select((c, i) => new TableCell(i + 1, c.Text)).Where(c => c.Text.Length > 0).ToList());
        }
    }
}
