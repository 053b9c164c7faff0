using System.Globalization;

namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>
/// One non-empty cell of a table row: its 1-based column and its value as the file holds it (a string from CSV or a
/// text cell, a double, a bool or a date from a typed spreadsheet cell).
/// </summary>
public readonly record struct TableCell(int Column, object Value)
{
    /// <summary>The value as text, trimmed; numbers in invariant form, so "12.5" reads back as the same double.</summary>
    public string Text => Value switch
    {
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Value.ToString()?.Trim() ?? "",
    };

    /// <summary>Spreadsheet letters for a column: 1 is A, 27 is AA.</summary>
    public static string Letters(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }
        return letters;
    }
}
