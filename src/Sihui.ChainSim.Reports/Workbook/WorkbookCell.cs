namespace Sihui.ChainSim.Reports.Workbook;

/// <summary>How a number cell is shown in Excel; the cell keeps the full value.</summary>
public enum ValueFormat
{
    /// <summary>Text, or a number as Excel shows it by default.</summary>
    General,

    /// <summary>A year or another whole number without grouping: <c>0</c>.</summary>
    Year,

    /// <summary>A count with grouped thousands: <c>#,##0</c>.</summary>
    Count,

    /// <summary>亿元 (or any amount) to one decimal: <c>#,##0.0</c>.</summary>
    Amount,

    /// <summary>A probability, share or growth rate (a fraction) as a percentage to one decimal: <c>0.0%</c>.</summary>
    Percent,

    /// <summary>Another figure (a count's mean, an indicator, a parameter): <c>#,##0.0##</c>.</summary>
    Number,
}

/// <summary>One cell of a sheet: text, a number with its format, or empty.</summary>
public readonly record struct WorkbookCell(string? Text, double? Number, ValueFormat Format)
{
    public static WorkbookCell Empty => default;

    public static implicit operator WorkbookCell(string? text) => new(text, null, ValueFormat.General);

    /// <summary>A number cell; a value that is not finite (a rate no trial defines) is left empty.</summary>
    public static WorkbookCell Of(double? value, ValueFormat format) =>
        value is { } v && double.IsFinite(v) ? new(null, v, format) : Empty;

    public static WorkbookCell Year(int year) => new(null, year, ValueFormat.Year);

    public static WorkbookCell Count(long count) => new(null, count, ValueFormat.Count);
}

/// <summary>A sheet: its name, the header row (frozen) and the rows under it.</summary>
public sealed record WorkbookSheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<WorkbookCell>> Rows);
