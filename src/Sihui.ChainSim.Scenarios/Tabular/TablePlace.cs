namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>
/// Where something sits in a table file, said the way its user sees it: a spreadsheet by sheet, row and column letter
/// (<c>roster.xlsx: sheet 名录, row 12, column D (产值)</c>), a CSV file by line and column number.
/// </summary>
public readonly record struct TablePlace(string File, string? Sheet, int Row, int Column = 0, string? Header = null)
{
    public override string ToString()
    {
        if (Row <= 0)
        {
            return Sheet is null ? File : $"{File}: sheet {Sheet}";
        }
        var where = Sheet is null ? $"line {Row}" : $"sheet {Sheet}, row {Row}";
        if (Column > 0)
        {
            where += Sheet is null ? $", column {Column}" : $", column {TableCell.Letters(Column)}";
            if (!string.IsNullOrEmpty(Header))
            {
                where += $" ({Header})";
            }
        }
        return $"{File}: {where}";
    }
}
