using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sihui.ChainSim.Cli.Tests.Checker;

/// <summary>A variant saved through the web API is a variant for the CLI: run, compare and validate all read the sidecar.</summary>
public sealed class SavedVariantTests(EntryPoints entry) : IClassFixture<EntryPoints>
{
    private static string Sihui => RepositoryPaths.SihuiScenario;

    [Fact]
    public async Task A_variant_saved_through_the_api_is_run_by_chainsim_run_variant()
    {
        var scenario = entry.Served.File("saved.yaml");
        File.Copy(Sihui, scenario);
        var save = await entry.Client.PostAsJsonAsync("/api/scenarios/saved/variants",
            new { name = "page_pick", description = "saved on the page", set = new Dictionary<string, object> { ["economy.shock.mean"] = 0.02 } });
        Assert.Equal(HttpStatusCode.Created, save.StatusCode);

        var cli = await CliHarness.RunAsync("run", scenario, "--variant", "page_pick", "--engine", "direct", "--trials", "200", "--json",
            "--out", entry.Output.File("saved-run"));
        Assert.Equal(0, cli.ExitCode);
        var fromCli = JsonDocument.Parse(cli.Out).RootElement;
        Assert.Equal("page_pick", fromCli.GetProperty("variant").GetString());

        var api = await entry.Client.PostAsJsonAsync("/api/scenarios/saved/run", new { trials = 200, variant = "page_pick" });
        var fromApi = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(fromApi.GetProperty("targets").GetRawText(), fromCli.GetProperty("targets").GetRawText());
        var baseline = await CliHarness.RunAsync("run", scenario, "--engine", "direct", "--trials", "200", "--json", "--out", entry.Output.File("base-run"));
        Assert.NotEqual(JsonDocument.Parse(baseline.Out).RootElement.GetProperty("targets").GetRawText(), fromCli.GetProperty("targets").GetRawText());
        Assert.Contains("page_pick (saved)", await File.ReadAllTextAsync(entry.Output.File("saved-run/report.md")), StringComparison.Ordinal);

        var compare = await CliHarness.RunAsync("compare", scenario, "--all-variants", "--engine", "direct", "--trials", "100", "--json",
            "--out", entry.Output.File("saved-compare"));
        Assert.Equal(0, compare.ExitCode);
        Assert.Contains("\"page_pick\"", compare.Out, StringComparison.Ordinal);

        var validate = await CliHarness.RunAsync("validate", scenario, entry.Served.File("saved.variants.yaml"));
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("3 variants and 1 saved variant", validate.Out, StringComparison.Ordinal);
        Assert.Contains("ok  " + entry.Served.File("saved.variants.yaml") + " (saved variants of " + scenario + ": 1 variant)", validate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_sidecar_is_checked_as_saved_variants_with_file_line_and_field()
    {
        var scenario = entry.Served.File("broken-saved.yaml");
        File.Copy(Sihui, scenario);
        var sidecar = entry.Served.File("broken-saved.variants.yaml");
        await File.WriteAllTextAsync(sidecar, "variants:\n  typo:\n    set:\n      enterprises.nobody.output: 5\n");

        var validate = await CliHarness.RunAsync("validate", sidecar);
        Assert.Equal(2, validate.ExitCode);
        Assert.Contains($"{sidecar}:4:7: variants.typo: path enterprises.nobody.output addresses nothing", validate.Error, StringComparison.Ordinal);

        var run = await CliHarness.RunAsync("run", scenario, "--variant", "typo", "--engine", "direct", "--trials", "20", "--out", entry.Output.File("typo"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("broken-saved.variants.yaml:4:7", run.Error, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace);
    }
}
