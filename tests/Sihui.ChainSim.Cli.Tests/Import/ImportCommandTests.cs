using System.IO.Compression;
using System.Text.Json.Nodes;
using MiniExcelLibs;

namespace Sihui.ChainSim.Cli.Tests.Import;

/// <summary>
/// <c>chainsim import</c> end to end: the generated roster and ledger, imported and run, give the summary of the
/// scenario that holds the same numbers; a hand-written roster gives the hand-written scenario's summary; bad sheets
/// exit 2 with sheet, row and column, and write nothing.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_generated_roster_and_ledger_import_and_run_to_the_generated_scenarios_summary()
    {
        var generate = await CliHarness.RunAsync("generate", "--roster", _temp.File("roster.xlsx"), "--ledger", _temp.File("ledger.xlsx"),
            "--out", _temp.File("base.yaml"), "--trials", "60", "--seed", "4");
        Assert.Equal(0, generate.ExitCode);
        Assert.Contains("sheet 名录, 300 enterprises", generate.Error);
        Assert.Contains("sheet 台账, 60 projects", generate.Error);

        var import = await CliHarness.RunAsync("import", "--enterprises", _temp.File("roster.xlsx"), "--projects", _temp.File("ledger.xlsx"),
            "--base", _temp.File("base.yaml"), "--out", _temp.File("imported.yaml"));

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("产值（亿元） (E) → output", import.Out);
        Assert.Contains("阶段 (E) → stage", import.Out);
        Assert.Contains("wrote " + _temp.File("imported.yaml") + ": 300 enterprises, 60 projects", import.Out);
        Assert.Equal(0, (await CliHarness.RunAsync("validate", _temp.File("imported.yaml"))).ExitCode);
        Assert.Equal(await Summary("base.yaml"), await Summary("imported.yaml"));
    }

    [Fact]
    public async Task A_hand_written_roster_and_ledger_run_like_the_hand_written_scenario_with_the_same_numbers()
    {
        var roster = _temp.File("roster.xlsx");
        MiniExcel.SaveAs(roster, new[]
        {
            Row(("企业名称", "甲铜业"), ("行业", "copper"), ("园区", "north"), ("产值（亿元）", 120.5), ("产能", 150.0), ("增速", 0.06), ("增速波动", 0.03)),
            Row(("企业名称", "乙玉器"), ("行业", "jade"), ("园区", null), ("产值（亿元）", 8.25), ("产能", null), ("增速", "4%"), ("增速波动", 0.05)),
        }, sheetName: "名录");
        var ledger = _temp.File("ledger.xlsx");
        MiniExcel.SaveAs(ledger, new[]
        {
            Row(("项目名称", "新铜箔项目"), ("行业", "copper"), ("园区", "north"), ("阶段", "已签约"), ("投资额", 20.0), ("用地", 150.0), ("计划开工", 2025), ("计划竣工", 2027), ("达产产值", 30.0)),
            Row(("项目名称", "玉器城"), ("行业", "jade"), ("园区", "north"), ("阶段", "在建"), ("投资额", 5.0), ("用地", null), ("计划开工", "2024年5月"), ("计划竣工", "2025-12"), ("达产产值", null)),
        }, sheetName: "台账");
        File.WriteAllText(_temp.File("hand.yaml"), """
            scenario: imported
            base_year: 2024
            end_year: 2029
            industries:
              - {id: copper, name: copper}
              - {id: jade, name: jade}
            parks:
              - {id: north, name: north}
            enterprises:
              - {id: e2, name: 甲铜业, industry: copper, park: north, output: 120.5, capacity: 150, growth: {dist: normal, mean: 0.06, sd: 0.03}}
              - {id: e3, name: 乙玉器, industry: jade, output: 8.25, growth: {dist: normal, mean: 0.04, sd: 0.05}}
            projects:
              - {id: p2, name: 新铜箔项目, industry: copper, park: north, stage: signed, investment: 20, land_mu: 150, build_years: 2, output_per_investment: 1.5}
              - {id: p3, name: 玉器城, industry: jade, park: north, stage: started, investment: 5, build_years: 1}
            """);

        var import = await CliHarness.RunAsync("import", "--enterprises", roster, "--projects", ledger, "--base-year", "2024", "--out", _temp.File("imported.yaml"));

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(await Summary("hand.yaml"), await Summary("imported.yaml"));
    }

    [Fact]
    public async Task A_bad_cell_exits_2_with_sheet_row_and_column_and_leaves_the_old_file_whole()
    {
        var roster = _temp.File("roster.xlsx");
        MiniExcel.SaveAs(roster, new[]
        {
            Row(("企业名称", "甲"), ("行业", "copper"), ("产值", 1.0)),
            Row(("企业名称", "乙"), ("行业", "copper"), ("产值", "约十亿")),
        }, sheetName: "名录");
        var output = _temp.File("new.yaml");
        File.WriteAllText(output, "old contents\n");

        var result = await CliHarness.RunAsync("import", "--enterprises", roster, "--base-year", "2024", "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("roster.xlsx: sheet 名录, row 3, column C (产值): '约十亿' is text, but 产值 / output must be a number", result.Error);
        Assert.Contains("nothing was written", result.Error);
        Assert.False(result.HasStackTrace);
        Assert.Equal("old contents\n", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.tmp"));
    }

    [Fact]
    public async Task A_zip_of_something_else_and_a_missing_column_exit_2_without_writing()
    {
        var zip = _temp.File("ledger.xlsx");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("photo.txt").Open());
            writer.Write("hello");
        }
        var roster = _temp.File("roster.csv");
        File.WriteAllText(roster, "企业名称,园区\n甲,north\n");

        var notWorkbook = await CliHarness.RunAsync("import", "--projects", zip, "--base-year", "2024", "--out", _temp.File("a.yaml"));
        var missing = await CliHarness.RunAsync("import", "--enterprises", roster, "--base-year", "2024", "--out", _temp.File("b.yaml"));

        Assert.Equal(2, notWorkbook.ExitCode);
        Assert.Contains("ledger.xlsx: is not an Excel workbook (.xlsx)", notWorkbook.Error);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("roster.csv: line 1: no column for 行业 / industry", missing.Error);
        Assert.Contains("roster.csv: line 1: no column for 产值 / output", missing.Error);
        Assert.False(notWorkbook.HasStackTrace || missing.HasStackTrace);
        Assert.False(File.Exists(_temp.File("a.yaml")) || File.Exists(_temp.File("b.yaml")));
    }

    [Fact]
    public async Task A_scenario_the_loader_would_refuse_is_not_written()
    {
        // The base's target names an enterprise that the roster replaces away.
        File.WriteAllText(_temp.File("base.yaml"), """
            scenario: base
            base_year: 2024
            end_year: 2026
            industries: [{id: copper}]
            enterprises:
              - {id: jintian, industry: copper, output: 100, growth: 0.05}
            targets:
              - {id: t, metric: "enterprise_output:jintian", year: 2026, at_least: 100}
            """);
        var roster = _temp.File("roster.csv");
        File.WriteAllText(roster, "企业编号,企业名称,行业,产值\nother,别的,copper,5\n");

        var result = await CliHarness.RunAsync("import", "--enterprises", roster, "--base", _temp.File("base.yaml"), "--out", _temp.File("new.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("jintian", result.Error);
        Assert.Contains("nothing was written", result.Error);
        Assert.False(File.Exists(_temp.File("new.yaml")));
    }

    private static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells) => cells.ToDictionary(c => c.Header, c => c.Value);

    /// <summary>summary.json of a direct run, without the two fields that name the file itself.</summary>
    private async Task<string> Summary(string scenario)
    {
        var outDir = _temp.File("out-" + Path.GetFileNameWithoutExtension(scenario));
        var run = await CliHarness.RunAsync("run", _temp.File(scenario), "--engine", "direct", "--trials", "60", "--quiet", "--out", outDir);
        Assert.True(run.ExitCode == 0, run.Error);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")))!.AsObject();
        summary.Remove("scenario_file");
        summary.Remove("scenario_sha256");
        return summary.ToJsonString();
    }
}
