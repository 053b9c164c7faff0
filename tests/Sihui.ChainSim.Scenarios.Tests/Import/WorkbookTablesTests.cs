using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.Scenarios.Observations;
using Sihui.ChainSim.Scenarios.Tests.Observations;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Scenarios.Tests.Import;

/// <summary>History files read from .xlsx through the shared table reader, refused at sheet, row and column as CSV is at line and column.</summary>
public sealed class WorkbookTablesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_history_workbook_reads_the_same_figures_as_its_csv()
    {
        var csv = _temp.File("history.csv");
        File.WriteAllText(csv, "metric,id,year,value\ntotal_output,,2021,1100.5\nenterprise_output,jintian,2022,153\n");
        var xlsx = Sheets.Write(_temp.File("history.xlsx"), "历史", ["metric", "id", "year", "value"],
            ["total_output", null, 2021, 1100.5], [null, null, null, null], ["enterprise_output", "jintian", 2022, 153]);

        var fromCsv = HistoryCsv.ReadFile(csv, null);
        var fromXlsx = HistoryCsv.ReadFile(xlsx, null);

        Assert.Equal(fromCsv.Select(r => (r.Metric, r.Id, r.Year, r.Value)), fromXlsx.Select(r => (r.Metric, r.Id, r.Year, r.Value)));
        Assert.Equal(["history.xlsx (sheet 历史):2", "history.xlsx (sheet 历史):4"], fromXlsx.Select(r => r.Source));
    }

    [Fact]
    public void A_bad_history_cell_in_a_workbook_names_its_sheet_row_and_column()
    {
        var xlsx = Sheets.Write(_temp.File("history.xlsx"), "历史", ["metric", "id", "year", "value"], ["total_output", null, 2021, "lots"]);

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => HistoryCsv.ReadFile(xlsx, null)).Errors);

        Assert.Equal(("history.xlsx (sheet 历史)", 2, 4), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void A_renamed_zip_is_refused_by_the_history_reader_too()
    {
        var zip = Sheets.ZipOfSomethingElse(_temp.File("history.xlsx"));

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => HistoryCsv.ReadFile(zip, null)).Errors);

        Assert.Contains("is not an Excel workbook", error.Message);
    }

    [Fact]
    public void An_observations_workbook_reads_the_same_rows_as_its_csv_and_refuses_a_bad_month_at_its_cell()
    {
        var scenario = NowcastTexts.Load();
        var csv = _temp.File("obs.csv");
        File.WriteAllText(csv, "metric,year,through_month,value,growth_yoy\ntotal_output,2025,6,480,\ntotal_output,2026,3,,0.057\n");
        string[] header = ["metric", "year", "through_month", "value", "growth_yoy"];
        var xlsx = Sheets.Write(_temp.File("obs.xlsx"), "观测", header, ["total_output", 2025, 6, 480, null], ["total_output", 2026, 3, null, 0.057]);
        var bad = Sheets.Write(_temp.File("bad.xlsx"), "观测", header, ["total_output", 2025, 13, 480, null]);

        Assert.Equal(ObservationCsv.ReadFile(csv, scenario).Select(r => r.Observation), ObservationCsv.ReadFile(xlsx, scenario).Select(r => r.Observation));
        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ObservationCsv.ReadFile(bad, scenario)).Errors);
        Assert.Equal(("bad.xlsx (sheet 观测)", 2, 3), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void Csv_and_xlsx_rows_come_with_their_own_row_numbers_and_columns()
    {
        var xlsx = Sheets.Write(_temp.File("t.xlsx"), "S", ["a", "b", "c"], [1.0, null, "x"]);

        var rows = TableFile.Open(xlsx).Rows.ToList();
        var csvRows = TableFile.CsvRows("a,b,c\n1,,x", "t.csv").ToList();

        Assert.Equal([(1, "a"), (2, "b"), (3, "c")], rows[0].Cells.Select(c => (c.Column, c.Text)));
        Assert.Equal([(1, "1"), (3, "x")], rows[1].Cells.Select(c => (c.Column, c.Text)));
        Assert.Equal(rows.Select(r => r.Cells.Select(c => (c.Column, c.Text)).ToList()), csvRows.Select(r => r.Cells.Select(c => (c.Column, c.Text)).ToList()));
        Assert.Equal("t.xlsx: sheet S, row 12, column AB (产值)", new TablePlace("t.xlsx", "S", 12, 28, "产值").ToString());
    }
}
