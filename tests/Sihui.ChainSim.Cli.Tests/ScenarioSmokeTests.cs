namespace Sihui.ChainSim.Cli.Tests;

/// <summary>Every shipped scenario, and a generated one, runs end to end with a fixed seed.</summary>
public sealed class ScenarioSmokeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(RepositoryPaths.Scenarios))
        {
            foreach (var file in RepositoryPaths.ShippedScenarioRelativePaths())
            {
                data.Add(file);
            }
        }
        // A generated scenario always runs, so the smoke test never passes vacuously.
        data.Add("(generated)");
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public async Task Runs_with_fifty_trials_on_the_direct_engine(string scenario)
    {
        var file = scenario == "(generated)"
            ? CliHarness.WriteScenario(_temp.Path)
            : RepositoryPaths.FullPath(scenario);

        var result = await CliHarness.RunAsync("run", file, "--trials", "50", "--engine", "direct", "--seed", "1", "--quiet", "--out", _temp.File("out"));

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");
        Assert.True(File.Exists(_temp.File("out/summary.json")));
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public async Task Default_orleans_engine_writes_the_direct_engines_summary_apart_from_the_engine(string scenario)
    {
        var file = scenario == "(generated)"
            ? CliHarness.WriteScenario(_temp.Path)
            : RepositoryPaths.FullPath(scenario);

        var orleans = await CliHarness.RunAsync("run", file, "--trials", "200", "--json", "--out", _temp.File("orleans"));
        var direct = await CliHarness.RunAsync("run", file, "--trials", "200", "--json", "--engine", "direct", "--out", _temp.File("direct"));

        Assert.True(orleans.ExitCode == 0, $"exit {orleans.ExitCode}: {orleans.Error}");
        Assert.Contains("\"engine\": \"orleans\"", orleans.Out);
        Assert.Contains("\"engine\": \"direct\"", direct.Out);
        Assert.Equal(direct.Out.Replace("\"engine\": \"direct\"", "\"engine\": \"orleans\""), orleans.Out);
    }
}
