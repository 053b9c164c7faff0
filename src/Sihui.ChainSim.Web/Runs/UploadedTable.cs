using System.Text.Json;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Web.Runs;

/// <summary>
/// A table file sent in a body (observations, history): a CSV file's text, or an .xlsx workbook's bytes in base64, read
/// by the CLI's table reader under a fixed name. Its errors are said by place as the user sees the file: a CSV file by
/// line and column, a workbook by sheet, row and column letter.
/// </summary>
public static class UploadedTable
{
    /// <summary>The bytes of an .xlsx workbook sent as base64; null for null, or on a problem named under <paramref name="field"/>.</summary>
    public static byte[]? ReadWorkbook(JsonElement value, string field, IDictionary<string, string[]> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.String && value.TryGetBytesFromBase64(out var bytes))
        {
            if (bytes.Length > 0)
            {
                return bytes;
            }
            errors[field] = [$"{field} is empty; send the bytes of an .xlsx file in base64"];
            return null;
        }
        errors[field] = [$"{field} must be the bytes of an .xlsx file (Excel 2007 or later) in base64"];
        return null;
    }

    /// <summary>Whether a reader's error is about <paramref name="file"/>: the file itself or one of its sheets.</summary>
    public static bool IsAbout(ScenarioError error, string file) => error.File == file || Sheet(error, file) is not null;

    /// <summary>
    /// The error as a client is told it: <c>line 3, column 19: id: …</c> for CSV text, <c>sheet 观测, row 2, column C:
    /// through_month: …</c> for a workbook's cell, <c>observations.xlsx: …</c> for the workbook as a whole.
    /// </summary>
    public static string Message(ScenarioError error, string file)
    {
        var field = error.Path.Length > 0 ? error.Path + ": " : "";
        if (Sheet(error, file) is { } sheet)
        {
            return $"sheet {sheet}, row {error.Line}, column {TableCell.Letters(error.Column)}: {field}{error.Message}";
        }
        return TableFile.IsWorkbook(file)
            ? $"{file}: {field}{error.Message}"
            : $"line {error.Line}, column {error.Column}: {field}{error.Message}";
    }

    // The table reader names a sheet's cells "FILE (sheet NAME)" (WorkbookSheet).
    private static string? Sheet(ScenarioError error, string file)
    {
        var prefix = file + " (sheet ";
        return error.File.StartsWith(prefix, StringComparison.Ordinal) && error.File.EndsWith(')')
            ? error.File[prefix.Length..^1]
            : null;
    }
}
