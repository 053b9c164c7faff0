namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>
/// The rows of one table: a CSV file, or one sheet of a workbook (<see cref="Sheet"/> names it). Rows come as a
/// stream, blank ones included, so a 10,000-row sheet is never held twice and row numbers stay the file's own.
/// </summary>
public sealed record TableSheet(string File, string? Sheet, IEnumerable<TableRow> Rows)
{
    public TablePlace Place(int row, int column = 0, string? header = null) => new(File, Sheet, row, column, header);
}
