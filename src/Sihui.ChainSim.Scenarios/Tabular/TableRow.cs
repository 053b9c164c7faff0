namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>A row of a table: its 1-based number in the file (CSV line or sheet row) and its non-empty cells.</summary>
public sealed record TableRow(int Number, IReadOnlyList<TableCell> Cells)
{
    public bool IsBlank => Cells.Count == 0;

    public TableCell? At(int column)
    {
        foreach (var cell in Cells)
        {
            if (cell.Column == column)
            {
                return cell;
            }
        }
        return null;
    }
}
