using System.Text.RegularExpressions;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Scenarios.History;

/// <summary>
/// Reads a history file, a long CSV <c>metric,id,year,value</c> of past figures, checked like a scenario: each
/// problem names the file, the line and the column's field. With a scenario, ids must be its own. Lines whose
/// first cell starts with '#' are comments, so a file can name its sources. Throws <see cref="ScenarioValidationException"/>.
/// </summary>
public static partial class HistoryCsv
{
    /// <summary>The list name rows are mapped under; errors drop it, since the line names the row.</summary>
    internal const string List = "history";

    public static IReadOnlyList<string> Columns => CsvTable<HistoryRowDefinition>.Columns;

    public static IReadOnlyList<HistoryRow> ReadFile(string path, ScenarioDefinition? scenario)
    {
        if (TableFile.IsWorkbook(path))
        {
            return ParseSheet(WorkbookSheet.Open(path), scenario);
        }
        var errors = new ErrorList();
        var text = SafeText.ReadFile(path, errors, CsvTable<HistoryRowDefinition>.Format);
        errors.ThrowIfAny();
        return Parse(text!, path, scenario);
    }

    public static IReadOnlyList<HistoryRow> Parse(string text, string file, ScenarioDefinition? scenario)
    {
        var errors = new ErrorList();
        var table = CsvTable<HistoryRowDefinition>.Parse(CsvComments.Blank(text), file, List, "the file has a header but no figures", errors);
        return Checked(table, errors, scenario);
    }

    /// <summary>A workbook's bytes (an upload named <paramref name="file"/>), read as <see cref="ReadFile"/> reads the same .xlsx file.</summary>
    public static IReadOnlyList<HistoryRow> ParseWorkbook(byte[] bytes, string file, ScenarioDefinition? scenario) => ParseSheet(WorkbookSheet.Open(bytes, file), scenario);

    /// <summary>The first sheet of a workbook, with the same columns and rules as the CSV file.</summary>
    public static IReadOnlyList<HistoryRow> ParseSheet(TableSheet sheet, ScenarioDefinition? scenario)
    {
        var errors = new ErrorList();
        var table = CsvTable<HistoryRowDefinition>.ParseSheet(sheet, List, "the sheet has a header but no figures", errors);
        return Checked(table, errors, scenario);
    }

    private static IReadOnlyList<HistoryRow> Checked(CsvRows<HistoryRowDefinition>? table, ErrorList errors, ScenarioDefinition? scenario)
    {
        if (table is null)
        {
            errors.ThrowIfAny();
        }
        HistoryRules.Check(table!.Rows, table.Context.Marks, errors, scenario);
        if (errors.Any)
        {
            throw new ScenarioValidationException(errors.Items.Select(e => e with { Path = RowPrefix().Replace(e.Path, "") }).ToList());
        }
        return table.Rows.Select((r, i) => new HistoryRow(r.Metric, r.Id ?? "", r.Year, r.Value, table.Sources[i])).ToList();
    }

    [GeneratedRegex(@"^history\[\d+\]\.?")]
    private static partial Regex RowPrefix();
}
