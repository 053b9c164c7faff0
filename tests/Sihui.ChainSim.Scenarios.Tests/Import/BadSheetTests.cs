using Sihui.ChainSim.Scenarios.Import;
using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Scenarios.Tests.Import;

/// <summary>Each kind of bad sheet is refused at its sheet, row and column, with a message that says what to write.</summary>
public sealed class BadSheetTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly object?[] GoodFirm = ["a1", "甲公司", "copper", "north", 12.5, 0.06, 0.02];

    [Fact]
    public void A_missing_required_column_names_the_header_row_and_the_column_wanted()
    {
        var roster = Sheets.Write(_temp.File("roster.xlsx"), "名录", ["企业名称", "行业", "园区"], ["甲", "copper", "north"]);

        var problem = Assert.Single(Refuse(roster, null));

        Assert.Equal(new TablePlace("roster.xlsx", "名录", 1), problem.Place);
        Assert.StartsWith("roster.xlsx: sheet 名录, row 1: no column for 产值 / output", problem.ToString());
    }

    [Fact]
    public void Text_in_a_number_cell_is_refused_at_its_cell()
    {
        var roster = Sheets.Write(_temp.File("roster.xlsx"), "名录", Sheets.RosterHeader, GoodFirm, ["a2", "乙", "copper", "north", "十二", 0.05, 0.02]);

        var problem = Assert.Single(Refuse(roster, null));

        Assert.Equal("roster.xlsx: sheet 名录, row 3, column E (产值（亿元）): '十二' is text, but 产值 / output must be a number", problem.ToString());
    }

    [Fact]
    public void An_unknown_park_is_refused_with_the_base_scenarios_parks()
    {
        var roster = Sheets.Write(_temp.File("roster.xlsx"), "名录", Sheets.RosterHeader, GoodFirm, ["a2", "乙", "copper", "西园", 1, 0.05, 0.02]);

        var problem = Assert.Single(Refuse(roster, null));

        Assert.Equal(new TablePlace("roster.xlsx", "名录", 3, 4, "园区"), problem.Place);
        Assert.Contains("'西园' is not a park of the base scenario", problem.Message);
        Assert.Contains("north (北园 North park)", problem.Message);
    }

    [Fact]
    public void A_firm_listed_twice_is_refused_at_the_second_row()
    {
        var roster = Sheets.Write(_temp.File("roster.xlsx"), "名录", Sheets.RosterHeader,
            GoodFirm, ["a2", "乙", "copper", "north", 1, 0.05, 0.02], ["a3", "甲公司", "jade", "south", 2, 0.05, 0.02], ["a2", "丁", "jade", "south", 2, 0.05, 0.02]);

        var problems = Refuse(roster, null);

        Assert.Equal(2, problems.Count);
        Assert.Equal("roster.xlsx: sheet 名录, row 4, column B (企业名称): a second enterprise named '甲公司'; row 2 has it already (a firm listed twice?)", problems[0].ToString());
        Assert.Equal(new TablePlace("roster.xlsx", "名录", 5, 1, "企业编号"), problems[1].Place);
        Assert.Contains("id 'a2'; row 3 has it already", problems[1].Message);
    }

    [Fact]
    public void A_stage_word_we_do_not_know_is_refused_with_the_words_we_do()
    {
        var ledger = Sheets.Write(_temp.File("ledger.xlsx"), "台账", Sheets.LedgerHeader,
            ["x1", "项目一", "copper", "north", "在建", 10, 2024, 2026, 15], ["x2", "项目二", "copper", "north", "筹备中", 10, 2025, 2026, 15]);

        var problem = Assert.Single(Refuse(null, ledger));

        Assert.Equal(new TablePlace("ledger.xlsx", "台账", 3, 5, "阶段"), problem.Place);
        Assert.Contains("'筹备中' is not a stage we know; write one of 已签约, 在建, 已开工, 已竣工, 已投产", problem.Message);
    }

    [Fact]
    public void An_empty_sheet_and_a_sheet_with_only_a_header_are_refused()
    {
        var empty = _temp.File("empty.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(empty, new List<Dictionary<string, object?>>(), sheetName: "名录");
        var headerOnly = Sheets.Write(_temp.File("header.xlsx"), "名录", Sheets.RosterHeader);

        var emptyProblem = Assert.Single(Refuse(empty, null));
        var headerProblem = Assert.Single(Refuse(headerOnly, null));

        Assert.StartsWith("empty.xlsx: sheet 名录, row 1: the sheet is empty", emptyProblem.ToString());
        Assert.Equal("header.xlsx: sheet 名录, row 1: the sheet has a header but no enterprises below it", headerProblem.ToString());
    }

    [Fact]
    public void A_zip_of_something_else_named_xlsx_is_refused_as_not_a_workbook()
    {
        var zip = Sheets.ZipOfSomethingElse(_temp.File("roster.xlsx"));

        var problem = Assert.Single(Refuse(zip, null));

        Assert.StartsWith("roster.xlsx: is not an Excel workbook (.xlsx)", problem.ToString());
    }

    [Fact]
    public void Every_bad_cell_of_both_sheets_is_reported_at_once()
    {
        var roster = Sheets.Write(_temp.File("roster.xlsx"), "名录", Sheets.RosterHeader, ["a1", "甲", "copper", "north", -1, 0.05, 0.02], ["a2", "乙", "tin", "north", 1, 0.05, 0.02]);
        var ledger = Sheets.Write(_temp.File("ledger.xlsx"), "台账", Sheets.LedgerHeader, ["x1", "项目一", "copper", "north", "在建", "n/a", 2024, 2026, 15]);

        var problems = Refuse(roster, ledger);

        Assert.Equal(["roster.xlsx:名录:2:5", "roster.xlsx:名录:3:3", "ledger.xlsx:台账:2:6"], problems.Select(p => $"{p.Place.File}:{p.Place.Sheet}:{p.Place.Row}:{p.Place.Column}"));
    }

    private IReadOnlyList<TableProblem> Refuse(string? roster, string? ledger)
    {
        var basePath = _temp.File("base.yaml");
        File.WriteAllText(basePath, Sheets.BaseYaml);
        var ex = Assert.Throws<TableFileException>(() =>
            ScenarioImporter.Import(new ImportOptions { Enterprises = roster, Projects = ledger, Base = basePath, Out = _temp.File("new.yaml") }));
        return ex.Problems;
    }
}
