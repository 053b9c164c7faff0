using Sihui.ChainSim.Benchmarks.Kernel;
using Sihui.ChainSim.Benchmarks.Processes;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>
/// Runs every benchmark in turn, on one scratch folder that is removed afterwards. One that fails is reported in the
/// document (what failed, in one line) and the others still run, so a long run is never lost to one error.
/// </summary>
public static class BenchmarkSuite
{
    /// <summary>Only the analyses via the web API, on the built chainsim (built first, unless quick): their goals and table as Markdown.</summary>
    public static async Task<string> AnalysesOnlyAsync(BenchmarkSettings settings, TextWriter log)
    {
        if (!settings.Quick)
        {
            log.WriteLine("building chainsim (Release)");
            Command.Of("dotnet", "dotnet").Time(settings.RepositoryRoot, ["build", "-c", "Release", "src/Sihui.ChainSim.Cli", "-v", "q", "-nologo"]);
        }
        var results = new BenchmarkResults { LoadAtStart = Machine.UptimeAndLoad() };
        results.Analyses = await AnalysisBenchmarks.RunAsync(settings, Chainsim.Built(settings.RepositoryRoot), log).ConfigureAwait(false);
        results.LoadAtEnd = Machine.UptimeAndLoad();
        var md = new System.Text.StringBuilder();
        md.AppendLine($"Machine: {Machine.Describe()}. At the start: {results.LoadAtStart}; at the end: {results.LoadAtEnd}.");
        md.AppendLine();
        foreach (var row in Goals.Evaluate(results))
        {
            md.AppendLine($"- {row.Goal}: {row.Measured}, {(row.Met ? "met" : "**not met**")}, {row.ByHowMuch}");
        }
        md.AppendLine();
        MarkdownReport.Analyses(md, results);
        return md.ToString();
    }

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
            await GuardAsync("analyses via the web API", async () => results.Analyses = await AnalysisBenchmarks.RunAsync(settings, installed, log).ConfigureAwait(false))
                .ConfigureAwait(false);
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
