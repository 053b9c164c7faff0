using Sihui.ChainSim.Benchmarks.Processes;
using static Sihui.ChainSim.Benchmarks.Processes.Chainsim;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>
/// Scale-out on a real multi-process cluster: a throwaway redis-server, one silo pinned to core 0 (cluster "one") and
/// two silos pinned to cores 0 and 1 (cluster "two"), both up for the whole measurement. Whole client processes run
/// the generated scenario at the high and low trial counts, the clusters interleaved in each repetition; the client
/// itself is not pinned (it waits on the silos, and its fixed costs cancel in the marginal throughput).
/// </summary>
public static class ClusterBenchmarks
{
    public static bool RedisAvailable(out string reason)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "redis-server")));
        reason = found ? "" : "redis-server is not installed (apt-get install redis-server), so the two-silo scale-out was not measured";
        return found && File.Exists("/usr/bin/taskset");
    }

    public static async Task<ClusterResult> RunAsync(BenchmarkSettings s, Chainsim chainsim, string scratch, TextWriter log)
    {
        var redisPort = BackgroundProcess.FreePort();
        using var redis = BackgroundProcess.Start(Command.Of("redis-server", "redis-server"), scratch,
            ["--bind", "127.0.0.1", "--port", Text(redisPort), "--save", "", "--appendonly", "no"]);
        await redis.WaitForLineAsync("Ready to accept connections", TimeSpan.FromSeconds(20)).ConfigureAwait(false);
        var endpoint = $"127.0.0.1:{Text(redisPort)}";
        var silos = new List<BackgroundProcess>();
        try
        {
            silos.Add(StartSilo(chainsim, s, endpoint, "bench-one", core: 0, scratch));
            silos.Add(StartSilo(chainsim, s, endpoint, "bench-two", core: 0, scratch));
            silos.Add(StartSilo(chainsim, s, endpoint, "bench-two", core: 1, scratch));
            foreach (var silo in silos)
            {
                await silo.WaitForLineAsync("silo ready", TimeSpan.FromSeconds(90)).ConfigureAwait(false);
            }
            log.WriteLine($"cluster: redis on {endpoint}; one silo on core 0, two silos on cores 0 and 1");
            var scenario = BenchmarkScenarios.Write(scratch, s.Enterprises, s.Years, s.HighTrials);
            (string Cluster, int Trials)[] kinds = [("bench-one", s.HighTrials), ("bench-one", s.LowTrials), ("bench-two", s.HighTrials), ("bench-two", s.LowTrials)];
            var seconds = kinds.ToDictionary(k => k, _ => new List<double>());
            Once("bench-one", s.LowTrials, "warm-up");
            Once("bench-two", s.LowTrials, "warm-up");
            for (var rep = 0; rep < s.ClusterRepetitions; rep++)
            {
                for (var k = 0; k < kinds.Length; k++)
                {
                    var kind = kinds[(k + rep) % kinds.Length];
                    seconds[kind].Add(Once(kind.Cluster, kind.Trials, $"{rep + 1}/{s.ClusterRepetitions}"));
                }
            }
            return new ClusterResult(s.Enterprises, s.Years, s.HighTrials, s.LowTrials,
                new Samples(seconds[kinds[0]]), new Samples(seconds[kinds[1]]), new Samples(seconds[kinds[2]]), new Samples(seconds[kinds[3]]));

            double Once(string cluster, int trials, string label)
            {
                var wall = chainsim.Run(scenario, Path.Combine(scratch, $"cluster-{cluster}-{trials}"),
                    "--trials", Text(trials), "--cluster", "--redis", endpoint, "--cluster-id", cluster).WallSeconds;
                log.WriteLine($"cluster {cluster}, {s.Enterprises} x {s.Years} x {trials} ({label}): {wall:F2} s");
                return wall;
            }
        }
        finally
        {
            foreach (var silo in silos)
            {
                silo.Dispose();
            }
        }
    }

    private static BackgroundProcess StartSilo(Chainsim chainsim, BenchmarkSettings s, string redis, string cluster, int core, string scratch)
    {
        var gateway = BackgroundProcess.FreePort();
        return BackgroundProcess.Start(chainsim.Command.PinnedTo(core), s.RepositoryRoot,
        [
            "silo", "--redis", redis, "--cluster-id", cluster, "--silo-port", Text(BackgroundProcess.FreePort()), "--gateway-port", Text(gateway),
            "--health-file", Path.Combine(scratch, $"silo-{Text(gateway)}.health"),
        ]);
    }
}
