using System.Globalization;
using System.Text.RegularExpressions;
using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>One row of an <see cref="ImportSheet"/>: reads its cells by column, and reports a bad cell at its place.</summary>
public sealed partial class ImportRow(ImportSheet sheet, TableRow row)
{
    public int RowNumber => row.Number;

    public string Source => sheet.Source(row.Number);

    public TablePlace Place(ImportColumn column)
    {
        var found = sheet.Find(column);
        return sheet.Table.Place(row.Number, found?.Column ?? 0, found?.Header);
    }

    /// <summary>The cell's text, or null when the column is absent or the cell empty (reported when required).</summary>
    public string? Text(ImportColumn column, ImportProblems problems)
    {
        var text = Cell(column)?.Text;
        if (string.IsNullOrEmpty(text))
        {
            if (column.Required)
            {
                problems.Add(Place(column), $"empty cell; every row needs {column.Label}");
            }
            return null;
        }
        return text;
    }

    /// <summary>
    /// The cell as a number ≥ <paramref name="min"/>: a number cell, or text such as "1,234.5" or "8%" (a percent
    /// sign divides by 100). Text that is not a number is refused, never read as 0.
    /// </summary>
    public double? Number(ImportColumn column, ImportProblems problems, double min = 0)
    {
        var cell = Cell(column);
        if (cell is null)
        {
            if (column.Required)
            {
                problems.Add(Place(column), $"empty cell; every row needs {column.Label}, a number");
            }
            return null;
        }
        double value;
        if (cell.Value.Value is double d)
        {
            value = d;
        }
        else
        {
            var text = cell.Value.Text.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
            var percent = text.EndsWith('%') || text.EndsWith('％');
            if (percent)
            {
                text = text[..^1].Trim();
            }
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
            {
                problems.Add(Place(column), $"'{cell.Value.Text}' is text, but {column.Label} must be a number");
                return null;
            }
            value = percent ? value / 100 : value;
        }
        if (value < min)
        {
            problems.Add(Place(column), $"{value.ToString(CultureInfo.InvariantCulture)} is below {min.ToString(CultureInfo.InvariantCulture)}; {column.Label} must be at least {min.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }

    /// <summary>A year from a date cell, a whole number (2025) or text that starts with one ("2025-03", "2025年3月").</summary>
    public int? Year(ImportColumn column, ImportProblems problems)
    {
        var cell = Cell(column);
        if (cell is null)
        {
            return null;
        }
        var year = cell.Value.Value switch
        {
            DateTime t => t.Year,
            double d when d == Math.Floor(d) && d is >= 1900 and <= 2200 => (int)d,
            _ => YearText().Match(cell.Value.Text) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null,
        };
        if (year is null)
        {
            problems.Add(Place(column), $"'{cell.Value.Text}' is not a year or a date; write 2025, 2025-03 or 2025年3月");
        }
        return year;
    }

    private TableCell? Cell(ImportColumn column) => sheet.Find(column) is { } found ? row.At(found.Column) : null;

    [GeneratedRegex(@"^\s*((?:19|20|21)\d\d)(?:\s*$|[-/.年])")]
    private static partial Regex YearText();
}
