using Sihui.ChainSim.Benchmarks.Kernel;
using Sihui.ChainSim.Benchmarks.Processes;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>Runs every benchmark in turn, on one scratch folder that is removed afterwards.</summary>
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
            var installed = settings.InstallTool ? ColdStartBenchmarks.Install(settings, scratch.FullName, log) : built;
            ColdStartBenchmarks.Run(settings, installed, built, scratch.FullName, results, log);
            await WebBenchmarks.RunAsync(settings, installed, results, log).ConfigureAwait(false);
            results.Engines = EngineBenchmarks.Throughput(settings, installed, scratch.FullName, log);
            EngineBenchmarks.Memory(settings, installed, scratch.FullName, results, log);
            if (ClusterBenchmarks.RedisAvailable(out var reason))
            {
                results.Cluster = await ClusterBenchmarks.RunAsync(settings, installed, scratch.FullName, log).ConfigureAwait(false);
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
    }
}
