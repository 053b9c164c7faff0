using Sihui.ChainSim.Cli;
using Sihui.ChainSim.Cluster.Tests.Support;
using Sihui.ChainSim.Runner.Engines;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Cluster.Tests;

/// <summary>Runs through a real cluster of three <c>chainsim silo</c> processes give the direct engine's numbers.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterRunTests(ClusterFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task A_run_on_the_cluster_equals_the_direct_run_and_spreads_over_the_silos()
    {
        RedisAvailability.SkipIfMissing();
        var cluster = fixture.Cluster!;
        output.WriteLine($"cluster of 3 silo processes started and client connected in {cluster.StartTime.TotalSeconds:F2} s");
        var request = ClusterScenarios.Request(enterprises: 300, years: 6, trials: 400);

        var run = cluster.Client.CreateRunner().RunAsync(request);
        var silos = await GrainCensus.SilosUsedDuringAsync(cluster.Client.GrainFactory, run);
        var onCluster = await run;

        var direct = await new DirectRunner().RunAsync(request);
        Assert.Equal(ClusterScenarios.Fingerprint(direct.Result), ClusterScenarios.Fingerprint(onCluster.Result));
        output.WriteLine($"simulation grains seen on {silos.Count} silos: {string.Join(", ", silos)}");
        Assert.True(silos.Count > 1, $"grains ran on {silos.Count} silo(s) only");
    }

    [SkippableFact]
    public async Task Two_runs_at_once_each_get_their_own_right_result()
    {
        RedisAvailability.SkipIfMissing();
        var runner = fixture.Cluster!.Client.CreateRunner();
        var first = ClusterScenarios.Request(enterprises: 120, years: 5, trials: 200, seed: 11);
        var second = ClusterScenarios.Request(enterprises: 150, years: 4, trials: 300, seed: 12);

        var results = await Task.WhenAll(runner.RunAsync(first), runner.RunAsync(second));

        Assert.Equal(ClusterScenarios.Fingerprint((await new DirectRunner().RunAsync(first)).Result), ClusterScenarios.Fingerprint(results[0].Result));
        Assert.Equal(ClusterScenarios.Fingerprint((await new DirectRunner().RunAsync(second)).Result), ClusterScenarios.Fingerprint(results[1].Result));
    }

    [SkippableFact]
    public async Task A_finished_run_releases_its_grains()
    {
        RedisAvailability.SkipIfMissing();
        var cluster = fixture.Cluster!;
        await cluster.Client.CreateRunner().RunAsync(ClusterScenarios.Request(enterprises: 80, years: 3, trials: 100, seed: 21));

        // Other tests of the collection may be running; wait until no simulation grain is left anywhere.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        int left;
        do
        {
            await Task.Delay(200);
            left = (await GrainCensus.SimulationGrainsBySiloAsync(cluster.Client.GrainFactory)).Values.Sum();
        }
        while (left > 0 && DateTime.UtcNow < deadline);
        Assert.Equal(0, left);
    }

    [SkippableFact]
    public async Task Chainsim_run_with_cluster_prints_the_direct_engines_summary()
    {
        RedisAvailability.SkipIfMissing();
        var options = fixture.Cluster!.Options;
        var dir = Directory.CreateTempSubdirectory("chainsim-cluster-");
        try
        {
            var file = Path.Combine(dir.FullName, "small.yaml");
            await File.WriteAllTextAsync(file, ClusterScenarios.Request(enterprises: 40, years: 3, trials: 100).ScenarioText);

            var cluster = await RunCliAsync("run", file, "--json", "--out", Path.Combine(dir.FullName, "c"),
                "--cluster", "--redis", options.Redis!, "--cluster-id", options.ClusterId);
            var direct = await RunCliAsync("run", file, "--json", "--out", Path.Combine(dir.FullName, "d"), "--engine", "direct");

            Assert.Equal(0, cluster.Code);
            Assert.Equal(WithoutEngine(direct.Out), WithoutEngine(cluster.Out));
            Assert.Contains("\"engine\": \"orleans\"", cluster.Out, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string WithoutEngine(string json) =>
        string.Join('\n', json.Split('\n').Where(l => !l.Contains("\"engine\"", StringComparison.Ordinal)));

    private static async Task<(int Code, string Out, string Error)> RunCliAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
