using System.Text.Json;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Runs;

namespace Sihui.ChainSim.Web.Analyses;

/// <summary>A history sent in a body: a CSV file's text (<c>history</c>) or an .xlsx workbook in base64 (<c>history_xlsx</c>); neither takes the shipped file.</summary>
public sealed record HistoryUpload(string? Csv, byte[]? Xlsx)
{
    public static readonly HistoryUpload Shipped = new(null, null);
}

/// <summary>
/// The history a calibration fits, read by the CLI's reader (<see cref="HistoryCsv"/>): the upload, else the one shipped
/// beside the scenario. Each problem goes under the field that sent it: <c>history</c> by line and column,
/// <c>history_xlsx</c> by sheet, row and column.
/// </summary>
public static class CalibrationHistory
{
    /// <summary>The names an upload carries in the answer's <c>history</c>, as <c>--history FILE</c> names its file.</summary>
    public const string UploadedCsv = "history.csv";
    public const string UploadedXlsx = "history.xlsx";

    /// <summary>Reads <c>history</c> and <c>history_xlsx</c> of a body; true when the property was one of them.</summary>
    public static bool TryRead(JsonProperty property, ref HistoryUpload upload, IDictionary<string, string[]> errors)
    {
        switch (property.Name)
        {
            case "history":
                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    upload = upload with { Csv = property.Value.GetString() };
                }
                else if (property.Value.ValueKind != JsonValueKind.Null)
                {
                    errors["history"] = ["history must be the text of a history CSV file, with the header metric,id,year,value"];
                }
                return true;
            case "history_xlsx":
                upload = upload with { Xlsx = UploadedTable.ReadWorkbook(property.Value, "history_xlsx", errors) };
                return true;
            default:
                return false;
        }
    }

    /// <summary>The body's field a history's problems go under.</summary>
    public static string Field(HistoryUpload upload) => upload.Xlsx is null ? "history" : "history_xlsx";

    /// <summary>Refuses a body that sends the history twice.</summary>
    public static void CheckOnce(HistoryUpload upload, IDictionary<string, string[]> errors)
    {
        if (upload.Csv is not null && upload.Xlsx is not null)
        {
            errors["history_xlsx"] = ["give the history once: as history (a CSV file's text) or as history_xlsx (an .xlsx file in base64), not both"];
        }
    }

    /// <summary>The rows and the name the answer gives the history; null rows on a problem, named in <paramref name="errors"/>.</summary>
    public static (IReadOnlyList<HistoryRow>? Rows, string Name) Read(
        ScenarioCatalog catalog, ScenarioEntry entry, HistoryUpload upload, ScenarioDefinition scenario, IDictionary<string, string[]> errors)
    {
        var (name, field) = (upload.Xlsx is null ? UploadedCsv : UploadedXlsx, Field(upload));
        var text = upload.Csv;
        if (upload.Xlsx is null && text is null)
        {
            if (catalog.ShippedHistory(entry) is not { } path)
            {
                errors["history"] = [$"no history is shipped for {entry.Name} ({ScenarioCatalog.HistoryFolder}/{entry.Name}-history.csv in the served folder); send the text of a history CSV file as history, or an .xlsx workbook as history_xlsx"];
                return (null, name);
            }
            name = $"{ScenarioCatalog.HistoryFolder}/{Path.GetFileName(path)}";
            var read = new ErrorList();
            text = SafeText.Decode(File.ReadAllBytes(path), name, read, "CSV");
            if (read.Any)
            {
                errors["history"] = read.Items.Select(e => e.ToString()).ToArray();
                return (null, name);
            }
        }
        try
        {
            return (upload.Xlsx is { } workbook ? HistoryCsv.ParseWorkbook(workbook, name, scenario) : HistoryCsv.Parse(text!, name, scenario), name);
        }
        catch (ScenarioValidationException ex)
        {
            // An upload is named by its place (line and column, or sheet, row and column); the shipped file by its name too, as the CLI prints it.
            var uploaded = upload.Csv is not null || upload.Xlsx is not null;
            errors[field] = ex.Errors.Select(e => uploaded ? UploadedTable.Message(e, name) : e.ToString()).ToArray();
            return (null, name);
        }
    }
}
