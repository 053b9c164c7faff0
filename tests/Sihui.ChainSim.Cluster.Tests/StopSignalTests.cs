using System.Diagnostics;
using System.Globalization;
using Sihui.ChainSim.Cluster.Tests.Support;

namespace Sihui.ChainSim.Cluster.Tests;

/// <summary>
/// SIGTERM and SIGINT sent to a real <c>chainsim silo</c> and to a <c>chainsim run --cluster</c> client: each stops
/// within 5 s, and the client writes nothing. Processes start through python3 so SIGINT is at its default action.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StopSignalTests(ClusterFixture fixture)
{
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(5);

    [SkippableTheory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_silo_with_a_peer_leaves_within_5_s(string signal)
    {
        RedisAvailability.SkipIfMissing();
        var clusterId = "stop-" + Guid.NewGuid().ToString("N")[..8];
        // With a peer, leaving means telling it; a lone silo would stop faster than a real one.
        using var peer = await SiloProcess.StartAsync(fixture.Redis!.Connection, clusterId);
        using var silo = Chainsim(
            "silo", "--redis", fixture.Redis.Connection, "--cluster-id", clusterId,
            "--silo-port", Port(), "--gateway-port", Port(),
            "--probe-timeout", "00:00:01", "--missed-probes", "2", "--table-refresh", "00:00:02");
        await silo.WaitForLineAsync("silo ready: ", TimeSpan.FromSeconds(60));

        var took = await SignalAndWaitAsync(silo, signal);

        Assert.True(took < StopBound, $"took {took.TotalSeconds:0.0} s after SIG{signal}; output:\n{silo.Output}");
        Assert.Equal(0, silo.ExitCode);
        Assert.False(peer.HasExited, "the peer silo went down too");
    }

    [SkippableTheory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task A_cluster_run_stops_within_5_s_and_writes_nothing(string signal, int exitCode)
    {
        RedisAvailability.SkipIfMissing();
        var clusterId = "stop-" + Guid.NewGuid().ToString("N")[..8];
        using var silo = await SiloProcess.StartAsync(fixture.Redis!.Connection, clusterId);
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "chainsim-stop-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var scenario = RepositoryPaths.SihuiScenario;
            var markersBefore = await RunMarkers.KeysAsync(fixture.Redis.Connection);
            using var run = Chainsim(
                "run", scenario, "--trials", "300000", "--out", Path.Combine(folder, "out", "run"), "--quiet",
                "--cluster", "--redis", fixture.Redis.Connection, "--cluster-id", clusterId);
            // Connected and simulating, shown by its run's marker in Redis rather than by a fixed wait: a process
            // still starting on a loaded machine would meet the signal before its handlers are in place.
            await WaitForNewRunMarkerAsync(fixture.Redis.Connection, markersBefore, run);
            Assert.False(run.HasExited, "the run ended before the signal; output:\n" + run.Output);

            var took = await SignalAndWaitAsync(run, signal);

            Assert.True(took < StopBound, $"took {took.TotalSeconds:0.0} s after SIG{signal}; output:\n{run.Output}");
            Assert.Equal(exitCode, run.ExitCode);
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
            Assert.Contains("no output was written", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task WaitForNewRunMarkerAsync(string redis, IReadOnlySet<string> before, TestProcess run)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && !run.HasExited)
        {
            if ((await RunMarkers.KeysAsync(redis)).Except(before).Any())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"the run never started on the cluster; output:\n{run.Output}");
    }

    private static TestProcess Chainsim(params string[] args) =>
        ChainsimExecutable.StartWithDefaultSigint(args);

    private static async Task<TimeSpan> SignalAndWaitAsync(TestProcess process, string signal)
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-s", signal, process.Pid.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
        }
        Assert.True(process.HasExited, $"PID {process.Pid} still running 30 s after SIG{signal}; output:\n{process.Output}");
        return clock.Elapsed;
    }

    private static string Port() => FreePorts.Next().ToString(CultureInfo.InvariantCulture);
}
