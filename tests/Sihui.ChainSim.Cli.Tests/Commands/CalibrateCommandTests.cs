using System.Text.Json;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.TestSupport;

namespace Sihui.ChainSim.Cli.Tests.Commands;

/// <summary><c>chainsim calibrate</c> writes the fit as a saved variant beside the scenario, prints it, and refuses bad input with exit 2.</summary>
public sealed class CalibrateCommandTests
{
    private static readonly SyntheticHistory History = SyntheticHistory.Generate();

    private static (string Scenario, string History) Write(TempDirectory dir, string? history = null)
    {
        var scenario = dir.File("synthetic.yaml");
        File.WriteAllText(scenario, History.ScenarioYaml());
        var csv = dir.File("history.csv");
        File.WriteAllText(csv, history ?? History.Csv);
        return (scenario, csv);
    }

    [Fact]
    public async Task The_fit_becomes_a_saved_variant_that_runs_and_the_scenario_is_not_touched()
    {
        using var dir = new TempDirectory();
        var (scenario, history) = Write(dir);
        var before = File.ReadAllBytes(scenario);

        var result = await CliHarness.RunAsync("calibrate", scenario, "--history", history, "--json", "--out", dir.File("out"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(scenario));
        using var json = JsonDocument.Parse(result.Out);
        var parameters = json.RootElement.GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(2 * SyntheticHistory.Firms + 3, parameters.Count);
        var mean = parameters.Single(p => p.GetProperty("path").GetString() == "enterprises.firm01.growth.mean");
        Assert.Equal(11, mean.GetProperty("n").GetInt32());
        Assert.True(mean.GetProperty("standard_error").GetDouble() > 0);
        Assert.Equal(2013, mean.GetProperty("years")[0].GetInt32());
        var firm01 = json.RootElement.GetProperty("firms")[0];
        Assert.Equal("firm01", firm01.GetProperty("id").GetString());
        Assert.Equal(mean.GetProperty("value").GetDouble(), firm01.GetProperty("pooled_mean").GetDouble());
        Assert.InRange(firm01.GetProperty("shrinkage").GetDouble(), 0.05, 0.95);
        Assert.Equal(2, json.RootElement.GetProperty("industries").GetArrayLength());
        Assert.Equal(result.Out, File.ReadAllText(dir.File(Path.Combine("out", "calibration.json"))));
        foreach (var chart in new[] { "backcast-copper.png", "backcast-copper.svg", "backcast-jade.png", "backcast-jade.svg" })
        {
            Assert.True(new FileInfo(dir.File(Path.Combine("out", chart))).Length > 1000, chart);
        }

        var sidecar = dir.File("synthetic.variants.yaml");
        var text = File.ReadAllText(sidecar);
        Assert.Contains("\"enterprises.firm01.growth.mean\": ", text, StringComparison.Ordinal);
        Assert.Contains("# 2013–2023, n = 11, standard error ", text, StringComparison.Ordinal);
        // jade has no shock in the file: the whole distribution is set, and the comment says so.
        Assert.Contains("\"industries.jade.shock\": {dist: normal, mean: 0, sd: ", text, StringComparison.Ordinal);
        Assert.Contains("none was given", text, StringComparison.Ordinal);

        var calibrated = ScenarioSource.Read(scenario).Load("calibrated");
        var firm = (NormalDistribution)calibrated.Enterprises.Single(e => e.Id == "firm01").Growth;
        Assert.Equal(Math.Round(mean.GetProperty("value").GetDouble(), 4), firm.Mu);
        var jade = (NormalDistribution)calibrated.Industries.Single(i => i.Id == "jade").Shock!;
        var jadeSd = parameters.Single(p => p.GetProperty("path").GetString() == "industries.jade.shock.sd").GetProperty("value").GetDouble();
        Assert.Equal(Math.Round(jadeSd, 4), jade.Sd);
        Assert.NotEqual(0.01, ((NormalDistribution)calibrated.Economy.Shock!).Sd);
    }

    [Fact]
    public async Task Other_saved_variants_are_kept_and_an_earlier_calibration_is_replaced()
    {
        using var dir = new TempDirectory();
        var (scenario, history) = Write(dir);
        File.WriteAllText(dir.File("synthetic.variants.yaml"), """
            variants:
              mine:
                description: "kept"
                set:
                  "trials": 50
              calibrated:
                description: "old"
                set:
                  "enterprises.firm01.growth.mean": 0.9
            """);

        var result = await CliHarness.RunAsync("calibrate", scenario, "--history", history, "--out", dir.File("out"), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Replaced variant 'calibrated'", result.Out, StringComparison.Ordinal);
        Assert.Contains("enterprises.firm01.growth.mean", result.Out, StringComparison.Ordinal);
        var loaded = ScenarioSource.Read(scenario).Load();
        Assert.Equal(["mine", "calibrated"], loaded.Variants.Select(v => v.Name));
        Assert.Equal(50, ScenarioSource.Read(scenario).Load("mine").Trials);
        Assert.NotEqual(0.9, ScenarioSource.Read(scenario).Load("calibrated").Enterprises[0].Growth.Mean);
    }

    [Fact]
    public async Task A_bad_history_row_is_refused_at_its_line_and_nothing_is_written()
    {
        using var dir = new TempDirectory();
        var (scenario, history) = Write(dir, "metric,id,year,value\nenterprise_output,firm01,2020,10\nenterprise_output,nobody,2021,-1\n");

        var result = await CliHarness.RunAsync("calibrate", scenario, "--history", history, "--out", dir.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("history.csv:3:19: id: unknown enterprise 'nobody'", result.Error, StringComparison.Ordinal);
        Assert.Contains("history.csv:3:31: value: enterprise_output cannot be negative", result.Error, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace);
        Assert.False(File.Exists(dir.File("synthetic.variants.yaml")));
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public async Task A_short_history_falls_back_to_nothing_and_says_what_it_needs()
    {
        using var dir = new TempDirectory();
        var (scenario, history) = Write(dir, "metric,id,year,value\nenterprise_output,firm01,2022,10\nenterprise_output,firm01,2023,11\n");

        var result = await CliHarness.RunAsync("calibrate", scenario, "--history", history, "--out", dir.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fits nothing", result.Error, StringComparison.Ordinal);
        Assert.Contains("firm01: 1 growth observation", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_history_file_and_a_variant_name_the_file_uses_exit_2()
    {
        using var dir = new TempDirectory();
        var (scenario, _) = Write(dir);

        var missing = await CliHarness.RunAsync("calibrate", scenario, "--history", dir.File("nope.csv"));
        var noOption = await CliHarness.RunAsync("calibrate", scenario);
        var badName = await CliHarness.RunAsync("calibrate", scenario, "--history", dir.File("history.csv"), "--name", "a b");

        Assert.Equal((2, 2, 2), (missing.ExitCode, noOption.ExitCode, badName.ExitCode));
        Assert.Contains("--history: file not found", missing.Error, StringComparison.Ordinal);
        Assert.Contains("not a variant name", badName.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variant_name_the_scenario_file_uses_is_refused_and_another_name_is_written()
    {
        using var dir = new TempDirectory();
        var (scenario, history) = Write(dir);
        File.AppendAllText(scenario, "variants:\n  calibrated:\n    description: typed by hand\n    set: {trials: 10}\n");

        var taken = await CliHarness.RunAsync("calibrate", scenario, "--history", history, "--out", dir.File("out"));
        var named = await CliHarness.RunAsync("calibrate", scenario, "--history", history, "--out", dir.File("out"), "--name", "fit-2023");

        Assert.Equal(2, taken.ExitCode);
        Assert.Contains("itself has a variant 'calibrated'; give another with --name", taken.Error, StringComparison.Ordinal);
        Assert.Equal(0, named.ExitCode);
        Assert.Equal(["calibrated", "fit-2023"], ScenarioSource.Read(scenario).Load().Variants.Select(v => v.Name));
    }
}
