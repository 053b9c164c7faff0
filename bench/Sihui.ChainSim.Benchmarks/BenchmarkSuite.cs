using Sihui.ChainSim.Benchmarks.Kernel;
using Sihui.ChainSim.Benchmarks.Processes;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>
/// Runs every benchmark in turn, on one scratch folder that is removed afterwards. One that fails is reported in the
/// document (what failed, in one line) and the others still run, so a long run is never lost to one error.
/// </summary>
public static class BenchmarkSuite
{
    public static async Task<BenchmarkResults> RunAsync(BenchmarkSettings settings, TextWriter log)
    {
        var results = new BenchmarkResults();
        if (!settings.Quick)
        {
            log.WriteLine("building chainsim (Release)");
            Command.Of("dotnet", "dotnet").Time(settings.RepositoryRoot, ["build", "-c", "Release", "src/Sihui.ChainSim.Cli", "-v", "q", "-nologo"]);
        }
        results.LoadAtStart = Machine.UptimeAndLoad();
        results.Kernel = KernelBenchmark.Run(settings, log);
        var scratch = Directory.CreateTempSubdirectory("chainsim-bench-");
        try
        {
            var built = Chainsim.Built(settings.RepositoryRoot);
            var installed = built;
            if (settings.InstallTool)
            {
                Guard("installing the tool", () => installed = ColdStartBenchmarks.Install(settings, scratch.FullName, log));
            }
            Guard("cold start", () => ColdStartBenchmarks.Run(settings, installed, built, scratch.FullName, results, log));
            await GuardAsync("web API", () => WebBenchmarks.RunAsync(settings, installed, results, log)).ConfigureAwait(false);
            Guard("engine throughput", () => results.Engines = EngineBenchmarks.Throughput(settings, installed, scratch.FullName, log));
            Guard("memory", () => EngineBenchmarks.Memory(settings, installed, scratch.FullName, results, log));
            if (ClusterBenchmarks.RedisAvailable(out var reason))
            {
                await GuardAsync("scale-out", async () => results.Cluster = await ClusterBenchmarks.RunAsync(settings, installed, scratch.FullName, log).ConfigureAwait(false))
                    .ConfigureAwait(false);
            }
            else
            {
                results.Skipped.Add(reason);
                log.WriteLine($"skipped: {reason}");
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
        results.LoadAtEnd = Machine.UptimeAndLoad();
        return results;

        void Guard(string what, Action step) => GuardAsync(what, () =>
        {
            step();
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

        async Task GuardAsync(string what, Func<Task> step)
        {
            try
            {
                await step().ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or HttpRequestException)
            {
                var line = e.Message.Split('\n', 2)[0];
                results.Skipped.Add($"{what} failed: {(line.Length > 300 ? line[..300] + "…" : line)}");
                log.WriteLine($"{what} failed: {e}");
            }
        }
    }
}
