using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Generation;
using Sihui.ChainSim.Scenarios.Import;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Import;

/// <summary>Sheets become the scenario a hand would write: same records, names resolved, every number with its source.</summary>
public sealed class ScenarioImporterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_generated_roster_and_ledger_import_into_the_generated_scenario()
    {
        var settings = new GeneratorSettings { Enterprises = 40, Projects = 12, Parks = 3, Industries = 4, Years = 4, Seed = 3, Trials = 50 };
        var generated = ScenarioGenerator.GenerateWithSheets(settings);
        var basePath = _temp.File("base.yaml");
        File.WriteAllText(basePath, generated.Yaml);
        File.WriteAllBytes(_temp.File("roster.xlsx"), RosterWorkbook.Roster(generated.Roster));
        File.WriteAllBytes(_temp.File("ledger.xlsx"), RosterWorkbook.Ledger(generated.Ledger));

        var result = ScenarioImporter.Import(new ImportOptions
        {
            Enterprises = _temp.File("roster.xlsx"), Projects = _temp.File("ledger.xlsx"), Base = basePath, Out = _temp.File("new.yaml"),
        });

        var expected = ScenarioLoader.LoadFile(basePath);
        var imported = ScenarioLoader.LoadText(result.Text, "new.yaml");
        Assert.Equal(40, result.Enterprises);
        Assert.Equal(12, result.Projects);
        Assert.Equal(expected.Enterprises.Select(Describe), imported.Enterprises.Select(Describe));
        Assert.Equal(expected.Projects.Select(Describe), imported.Projects.Select(Describe));
        Assert.Equal(expected.Targets.Select(t => t.ToString()), imported.Targets.Select(t => t.ToString()));
        Assert.Contains(ScenarioGenerator.GenerateWithSheets(settings).Ledger, l => l.Stage == ProjectStage.Started);
    }

    [Fact]
    public void Every_imported_number_names_its_file_sheet_and_row()
    {
        var roster = Sheets.Write(_temp.File("roster.xlsx"), "名录", Sheets.RosterHeader,
            ["a1", "甲公司", "copper", "north", 12.5, 0.06, 0.02],
            ["a2", "乙公司", "玉器 Jade", "南园", 3, "8%", 0.03]);

        var text = ImportText(roster, null);

        Assert.Contains("    output: 12.5  # source: roster.xlsx, sheet 名录, row 2\n", text);
        Assert.Contains("    output: 3  # source: roster.xlsx, sheet 名录, row 3\n", text);
        Assert.Contains("growth: {dist: normal, mean: 0.08, sd: 0.03}  # source: roster.xlsx, sheet 名录, row 3", text);
        var numbers = text.Split('\n').SkipWhile(l => l != "enterprises:").Where(l => l.TrimStart().StartsWith("output:", StringComparison.Ordinal) || l.Contains("growth:", StringComparison.Ordinal));
        Assert.All(numbers, l => Assert.Contains("# source: roster.xlsx, sheet 名录, row ", l));
    }

    [Fact]
    public void Industry_and_park_cells_take_an_id_a_name_or_the_first_word_of_a_bilingual_name()
    {
        var roster = Sheets.Write(_temp.File("roster.xlsx"), "名录", Sheets.RosterHeader,
            ["a1", "甲", "copper", "north", 1, 0.05, 0.02],
            ["a2", "乙", "玉器 Jade", "北园 North park", 1, 0.05, 0.02],
            ["a3", "丙", "铜", "南园", 1, 0.05, 0.02]);

        var scenario = ScenarioLoader.LoadText(ImportText(roster, null), "new.yaml");

        Assert.Equal(["copper", "jade", "copper"], scenario.Enterprises.Select(e => e.Industry));
        Assert.Equal(["north", "north", "south"], scenario.Enterprises.Select(e => e.Park));
    }

    [Fact]
    public void Ledger_stages_dates_and_planned_output_map_to_the_format()
    {
        var ledger = Sheets.Write(_temp.File("ledger.xlsx"), "台账", Sheets.LedgerHeader,
            ["x1", "项目一", "copper", "north", "已签约", 10, "2025-03", "2027年6月", 15],
            ["x2", "项目二", "jade", null, "在建", 4, 2024, 2025, null],
            ["x3", "项目三", "jade", "south", "已开工", 2, null, null, null],
            ["x4", "项目四", "copper", "south", "已竣工", 2, null, null, null],
            ["x5", "项目五", "copper", "south", "已投产", 2, null, null, 1]);

        var scenario = ScenarioLoader.LoadText(ImportText(null, ledger), "new.yaml");

        Assert.Equal([ProjectStage.Signed, ProjectStage.Started, ProjectStage.Started, ProjectStage.Completed, ProjectStage.Producing],
            scenario.Projects.Select(p => p.Stage));
        Assert.Equal(new ConstantDistribution(2), scenario.Projects[0].Behaviour.BuildYears);
        Assert.Equal(new ConstantDistribution(1), scenario.Projects[1].Behaviour.BuildYears);
        Assert.Equal(1.5, scenario.Projects[0].Behaviour.OutputPerInvestment);
        Assert.Equal(0.5, scenario.Projects[4].Behaviour.OutputPerInvestment);
        Assert.Null(scenario.Projects[1].Park);
        // The base's own enterprise stays when no roster is given.
        Assert.Equal("old", Assert.Single(scenario.Enterprises).Id);
    }

    [Fact]
    public void A_csv_roster_with_english_headers_makes_a_new_scenario_without_a_base()
    {
        var csv = _temp.File("roster.csv");
        File.WriteAllText(csv, "Name,Industry,Park,Output (亿元),Growth Rate\n甲公司,Copper,North,12,5%\n乙公司,铜 加工,,3.5,0.04\n");

        var result = ScenarioImporter.Import(new ImportOptions { Enterprises = csv, Out = _temp.File("fresh.yaml"), BaseYear = 2024 });

        var scenario = ScenarioLoader.LoadText(result.Text, "fresh.yaml");
        Assert.Equal(2024, scenario.BaseYear);
        Assert.Equal(2029, scenario.EndYear);
        Assert.Equal(["Copper", "ind02"], scenario.Industries.Select(i => i.Id));
        Assert.Equal("铜 加工", scenario.Industries[1].Name);
        Assert.Equal(["e2", "e3"], scenario.Enterprises.Select(e => e.Id));
        Assert.Equal(new NormalDistribution(0.05, 0.03), scenario.Enterprises[0].Growth);
        Assert.Contains("# source: roster.csv, line 2; assumption: the row has no growth spread", result.Text);
        Assert.Contains(result.Notes, n => n.Contains("Output (亿元) (4) → output", StringComparison.Ordinal));
    }

    private static string Describe(EnterpriseDefinition e) =>
        FormattableString.Invariant($"{e.Id}|{e.Name}|{e.Industry}|{e.Park}|{e.Output:R}|{e.Capacity:R}|{e.Growth}|{e.CapacityAdditions.Count}|{e.ChainMaster}");

    private static string Describe(ProjectDefinition p) =>
        FormattableString.Invariant($"{p.Id}|{p.Name}|{p.Industry}|{p.Park}|{p.Stage}|{p.Investment:R}|{p.LandMu:R}|{p.PowerMw:R}|") +
        (p.Behaviour with { RampUp = [] }).ToString() + "|" + string.Join(",", p.Behaviour.RampUp);

    private string ImportText(string? roster, string? ledger)
    {
        var basePath = _temp.File("base.yaml");
        File.WriteAllText(basePath, Sheets.BaseYaml);
        return ScenarioImporter.Import(new ImportOptions { Enterprises = roster, Projects = ledger, Base = basePath, Out = _temp.File("new.yaml") }).Text;
    }
}
