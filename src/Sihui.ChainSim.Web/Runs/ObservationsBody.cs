using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Web.Runs;

/// <summary>
/// The observations of a run body, as rows (<c>observations: [{metric, year, through_month, value?, growth_yoy?}]</c>),
/// as an observations CSV file's text (<c>observations_csv</c>) or as an .xlsx workbook in base64 (<c>observations_xlsx</c>).
/// Rows become the lines of a CSV file, so all three are read and refused by the CLI's own reader
/// (<see cref="ObservationCsv"/>); its errors are then named by row and field, or by line, or by sheet, row and column.
/// </summary>
public static partial class ObservationsBody
{
    public const int MaxRows = 500;

    /// <summary>The name the rows' CSV text carries in errors and in <c>conditioning.rows</c>; row i is its line i + 2.</summary>
    public const string RowsFile = "observations";

    /// <summary>The name <c>observations_csv</c> carries, as <c>--observed FILE</c> names its file.</summary>
    public const string CsvFile = "observations.csv";

    /// <summary>The name <c>observations_xlsx</c> carries, as <c>--observed FILE.xlsx</c> names its workbook.</summary>
    public const string XlsxFile = "observations.xlsx";

    private static readonly string Expected = string.Join(", ", ObservationCsv.Columns);

    /// <summary>The rows as CSV text; null for null or an empty list (a plain run) or on a problem, named in <paramref name="errors"/>.</summary>
    public static string? ReadRows(JsonElement element, IDictionary<string, string[]> errors)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors[RowsFile] = ["observations must be a list of rows such as {\"metric\": \"total_output\", \"year\": 2024, \"through_month\": 6, \"value\": 480}"];
            return null;
        }
        if (element.GetArrayLength() > MaxRows)
        {
            errors[RowsFile] = [$"at most {MaxRows} observations per request"];
            return null;
        }
        var csv = new StringBuilder(string.Join(",", ObservationCsv.Columns)).Append('\n');
        var index = 0;
        foreach (var row in element.EnumerateArray())
        {
            Line(row, $"{RowsFile}[{index++}]", csv, errors);
        }
        return index == 0 || errors.Count > 0 ? null : csv.ToString();
    }

    /// <summary>The text of <c>observations_csv</c>, read like a file given to <c>--observed</c>.</summary>
    public static string? ReadCsv(JsonElement element, IDictionary<string, string[]> errors)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString();
        }
        if (element.ValueKind != JsonValueKind.Null)
        {
            errors["observations_csv"] = [$"observations_csv must be the text of an observations CSV file, with the header {string.Join(",", ObservationCsv.Columns)}"];
        }
        return null;
    }

    /// <summary>The bytes of <c>observations_xlsx</c>, read like a workbook given to <c>--observed</c>.</summary>
    public static byte[]? ReadXlsx(JsonElement element, IDictionary<string, string[]> errors) =>
        UploadedTable.ReadWorkbook(element, "observations_xlsx", errors);

    /// <summary>The body's field that gave the observations named <paramref name="file"/>.</summary>
    public static string Field(string? file) => file switch
    {
        CsvFile => "observations_csv",
        XlsxFile => "observations_xlsx",
        _ => RowsFile,
    };

    /// <summary>
    /// The reader's errors about the request's observations, by field: <c>observations[i].field</c> for rows,
    /// <c>observations_csv</c> with the line and column, or <c>observations_xlsx</c> with the sheet, row and column;
    /// null when none of the errors is about them.
    /// </summary>
    public static Dictionary<string, string[]>? Problems(ScenarioValidationException ex, string? file)
    {
        if (file is null || !ex.Errors.Any(e => UploadedTable.IsAbout(e, file)))
        {
            return null;
        }
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var error in ex.Errors)
        {
            var (key, message) = !UploadedTable.IsAbout(error, file) ? ("scenario", error.ToString())
                : file == RowsFile ? (RowField(error), error.Message)
                : (Field(file), UploadedTable.Message(error, file));
            if (!errors.TryGetValue(key, out var list))
            {
                errors[key] = list = [];
            }
            list.Add(message);
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Names a row by its place in the list, <c>observations[0]</c>, where the CSV reader says <c>observations:2</c>.</summary>
    public static string Relabel(string text) =>
        RowSource().Replace(text, m => $"{RowsFile}[{int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) - 2}]");

    private static string RowField(ScenarioError error)
    {
        // Line 1 is the header the server wrote: an error there is about the list as a whole.
        if (error.Line < 2)
        {
            return RowsFile;
        }
        var row = $"{RowsFile}[{error.Line - 2}]";
        return error.Path.Length > 0 ? $"{row}.{error.Path}" : row;
    }

    private static void Line(JsonElement row, string path, StringBuilder csv, IDictionary<string, string[]> errors)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            errors[path] = ["each observation must be an object such as {\"metric\": \"total_output\", \"year\": 2024, \"through_month\": 6, \"value\": 480}"];
            return;
        }
        var cells = ObservationCsv.Columns.ToDictionary(c => c, _ => "", StringComparer.Ordinal);
        foreach (var property in row.EnumerateObject())
        {
            var key = $"{path}.{property.Name}";
            if (!cells.ContainsKey(property.Name))
            {
                errors[key] = [$"unknown field; expected {Expected}"];
            }
            else if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            else if (property.Name == "metric")
            {
                var metric = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : null;
                if (metric is null || metric.Contains('\n', StringComparison.Ordinal) || metric.Contains('\r', StringComparison.Ordinal))
                {
                    errors[key] = ["metric must be a one-line string such as \"total_output\""];
                    continue;
                }
                cells["metric"] = metric;
            }
            else if (property.Value.ValueKind == JsonValueKind.Number)
            {
                // As written: the reader, not this code, decides what is whole, in range, or a number at all.
                cells[property.Name] = property.Value.GetRawText();
            }
            else
            {
                errors[key] = [property.Name == "growth_yoy"
                    ? "growth_yoy must be a number, a fraction: 5.7% is 0.057"
                    : $"{property.Name} must be a number"];
            }
        }
        // The metric is always quoted, so a row of empty cells is not a blank line the reader would skip.
        csv.AppendJoin(",", ObservationCsv.Columns.Select(c => c == "metric" ? "\"" + cells[c].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cells[c]))
            .Append('\n');
    }

    [GeneratedRegex(@"(?<![\w\[])observations:(\d+)")]
    private static partial Regex RowSource();
}
