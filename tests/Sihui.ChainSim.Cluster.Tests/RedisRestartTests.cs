using System.Diagnostics;
using Sihui.ChainSim.Cli;
using Sihui.ChainSim.Cluster.Tests.Support;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Runner.Hosting;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Cluster.Tests;

/// <summary>Redis killed and started again empty on the same port, while the silo processes keep running.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RedisRestartTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task After_Redis_restarts_empty_the_silos_join_again_and_the_next_run_succeeds()
    {
        RedisAvailability.SkipIfMissing();
        // A Redis of its own: the shared one must keep its data for the other tests.
        using var redis = await RedisServer.StartAsync();
        await using var cluster = await ProcessCluster.StartAsync(redis.Connection, silos: 2);
        var request = ClusterScenarios.Request(enterprises: 60, years: 3, trials: 100, seed: 31);
        var expected = ClusterScenarios.Fingerprint((await new DirectRunner().RunAsync(request)).Result);
        Assert.Equal(expected, ClusterScenarios.Fingerprint((await cluster.Client.CreateRunner().RunAsync(request)).Result));
        foreach (var silo in cluster.Silos)
        {
            Assert.Equal(0, await HealthAsync(silo));
        }

        var clock = Stopwatch.StartNew();
        await redis.RestartEmptyAsync();
        // Each silo says when it has joined again; its health file is then rewritten from the new table.
        var rejoined = await WaitAsync(
            async () => cluster.Silos.All(s => s.Output.Contains("silo rejoined: ", StringComparison.Ordinal))
                && (await Task.WhenAll(cluster.Silos.Select(HealthAsync))).All(code => code == 0),
            TimeSpan.FromSeconds(30));
        output.WriteLine($"both silos Active in the new table {rejoined.TotalSeconds:F1} s after Redis came back empty");

        // The next run, from a client that connects now (as the next 'chainsim run --cluster' would).
        await using var client = await ClusterClient.ConnectAsync(cluster.Options, Microsoft.Extensions.Logging.LogLevel.None);
        output.WriteLine($"new client connected {clock.Elapsed.TotalSeconds:F1} s after the restart");
        var outcome = await client.CreateRunner().RunAsync(request).WaitAsync(TimeSpan.FromSeconds(60));
        var nextRunAt = clock.Elapsed;
        output.WriteLine($"next run finished {nextRunAt.TotalSeconds:F1} s after the restart");
        // A client connected before the restart (a long-running 'serve --cluster'): reported, not required.
        try
        {
            var fromOldClient = await cluster.Client.CreateRunner().RunAsync(request).WaitAsync(TimeSpan.FromSeconds(30));
            output.WriteLine($"the client connected before the restart finished a run {clock.Elapsed.TotalSeconds:F1} s after it, " +
                $"identical: {ClusterScenarios.Fingerprint(fromOldClient.Result) == expected}");
        }
        catch (Exception e)
        {
            output.WriteLine($"the client connected before the restart could not run within 30 s: {e.GetType().Name}: {e.Message}");
        }
        foreach (var silo in cluster.Silos)
        {
            output.WriteLine($"silo {silo.SiloPort} log:{Environment.NewLine}{silo.Output}");
        }

        Assert.True(rejoined < TimeSpan.FromSeconds(30), $"the silos were not Active again within 30 s ({rejoined.TotalSeconds:F1} s)");
        Assert.Equal(expected, ClusterScenarios.Fingerprint(outcome.Result));
        Assert.True(nextRunAt < TimeSpan.FromSeconds(60), $"the next run succeeded only {nextRunAt.TotalSeconds:F1} s after the restart");
        Assert.All(cluster.Silos, silo => Assert.False(silo.HasExited, "a silo process ended; it should have joined again in place"));
        Assert.All(cluster.Silos, silo => Assert.DoesNotContain("bad argument #1 to 'find'", silo.Output, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_health_check_fails_with_one_line_when_no_silo_runs_on_the_port()
    {
        RedisAvailability.SkipIfMissing();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["silo", "--health", "--gateway-port", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture)], stdout, stderr);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no health file", stderr.ToString(), StringComparison.Ordinal);
    }

    private static async Task<int> HealthAsync(SiloProcess silo)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        return await CliApp.RunAsync(["silo", "--health", "--gateway-port", silo.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture)], stdout, stderr);
    }

    private static async Task<TimeSpan> WaitAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit && !await condition())
        {
            await Task.Delay(250);
        }
        return clock.Elapsed;
    }
}
