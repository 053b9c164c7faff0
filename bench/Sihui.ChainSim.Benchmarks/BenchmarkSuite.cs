namespace Sihui.ChainSim.Benchmarks;

/// <summary>Runs every benchmark in turn.</summary>
public static class BenchmarkSuite
{
    public static async Task<BenchmarkResults> RunAsync(BenchmarkSettings settings, TextWriter log)
    {
        var results = new BenchmarkResults();
        await InProcessBenchmarks.RunAsync(settings, results, log);
        ProcessBenchmarks.Run(settings, results, log);
        return results;
    }
}
