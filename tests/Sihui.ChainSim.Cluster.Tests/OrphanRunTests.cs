using System.Diagnostics;
using Sihui.ChainSim.Cluster.Tests.Support;
using Sihui.ChainSim.Contracts;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Cluster.Tests;

/// <summary>A <c>chainsim run --cluster</c> process killed with SIGKILL in the middle of its run: the silos clean up after it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OrphanRunTests(ClusterFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task A_client_killed_mid_run_leaves_no_markers_and_no_work_within_30_s()
    {
        RedisAvailability.SkipIfMissing();
        var cluster = fixture.Cluster!;
        var redis = fixture.Redis!.Connection;
        var dir = Directory.CreateTempSubdirectory("chainsim-orphan-");
        try
        {
            // Long enough that it cannot finish by itself before its client is missed (12 s), even on a fast machine: 600 million
            // enterprise-trial-years.
            var file = Path.Combine(dir.FullName, "long.yaml");
            await File.WriteAllTextAsync(file, ClusterScenarios.Request(enterprises: 300, years: 100, trials: 20_000, seed: 41).ScenarioText);
            var before = await RunMarkers.KeysAsync(redis);
            using var client = TestProcess.Start("dotnet", [
                ChainsimExecutable.DllPath, "run", file, "--quiet", "--out", Path.Combine(dir.FullName, "out"),
                "--cluster", "--redis", redis, "--cluster-id", cluster.Options.ClusterId,
            ]);

            // Mid-run: its marker is in Redis and its grains are on the silos.
            HashSet<string> markers = [];
            var started = await WaitAsync(async () =>
            {
                markers = [.. (await RunMarkers.KeysAsync(redis)).Except(before)];
                return markers.Count > 0 && await SimulationGrainsAsync(cluster) > 0;
            }, TimeSpan.FromSeconds(60));
            Assert.True(markers.Count > 0, $"the client's run never started; its output:{Environment.NewLine}{client.Output}");
            var expiry = await RunMarkers.TimeToLiveAsync(redis, markers.First());
            client.Kill();

            var clock = Stopwatch.StartNew();
            var gone = await WaitAsync(async () =>
                !(await RunMarkers.KeysAsync(redis)).Overlaps(markers) && await SimulationGrainsAsync(cluster) == 0, TimeSpan.FromSeconds(30));
            output.WriteLine($"client killed {started.TotalSeconds:F1} s after it started; its markers and grains were gone {gone.TotalSeconds:F1} s after the kill");
            output.WriteLine($"the marker's expiry when it was written: {expiry}");

            Assert.True(expiry is { } ttl && ttl > TimeSpan.Zero, "the run marker has no expiry");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30) && !(await RunMarkers.KeysAsync(redis)).Overlaps(markers), "the orphaned run's marker is still in Redis after 30 s");
            Assert.Equal(0, await SimulationGrainsAsync(cluster));
            Assert.Contains(cluster.Silos, s => s.Output.Contains("its client has not polled", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task A_run_cancelled_by_its_client_is_cancelled_on_the_silos()
    {
        RedisAvailability.SkipIfMissing();
        var cluster = fixture.Cluster!;
        var redis = fixture.Redis!.Connection;
        var before = await RunMarkers.KeysAsync(redis);
        using var cancel = new CancellationTokenSource();
        var run = cluster.Client.CreateRunner().RunAsync(
            ClusterScenarios.Request(enterprises: 300, years: 100, trials: 1000, seed: 42), new CancelOnFirstYear(cancel), cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(120)));
        var gone = await WaitAsync(async () =>
            !(await RunMarkers.KeysAsync(redis)).Except(before).Any() && await SimulationGrainsAsync(cluster) == 0, TimeSpan.FromSeconds(20));
        output.WriteLine($"cancelled after the first year; markers and grains gone {gone.TotalSeconds:F1} s later");

        Assert.Empty((await RunMarkers.KeysAsync(redis)).Except(before));
        Assert.Equal(0, await SimulationGrainsAsync(cluster));
        // Gone well before the silence limit: the cancel reached the run grain, it did not wait to find its client gone.
        Assert.True(gone < Grains.RunGrain.ClientSilenceLimit, $"the run's work took {gone.TotalSeconds:F1} s to go");
    }

    private sealed class CancelOnFirstYear(CancellationTokenSource cancel) : IProgress<Contracts.RunProgress>
    {
        public void Report(Contracts.RunProgress value) => cancel.Cancel();
    }

    private static async Task<int> SimulationGrainsAsync(ProcessCluster cluster) =>
        (await GrainCensus.SimulationGrainsBySiloAsync(cluster.Client.GrainFactory)).Values.Sum();

    private static async Task<TimeSpan> WaitAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit && !await condition())
        {
            await Task.Delay(200);
        }
        return clock.Elapsed;
    }
}
