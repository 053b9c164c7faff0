using System.Diagnostics;
using Sihui.ChainSim.Benchmarks;

// chainsim-bench [--quick] [--out FILE]: measures every goal of the performance work and rewrites the generated part of docs/performance.md.
// chainsim-bench --kernel: only the reference kernel and its normal check, printed; --silo-start: embedded silo start and stop times.
// chainsim-bench --analyses: only compare and the tornado via the web API, on the built chainsim (built first), printed as Markdown.
var quick = args.Contains("--quick");
var root = RepositoryRoot.Find();
var outIndex = Array.IndexOf(args, "--out");
var output = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : Path.Combine(root, "docs", "performance.md");
var settings = quick ? BenchmarkSettings.QuickFor(root) : new BenchmarkSettings { RepositoryRoot = root };

if (args.Contains("--silo-start"))
{
    await SiloStart.RunAsync(5, Console.Error);
    return;
}
if (args.Contains("--kernel"))
{
    Sihui.ChainSim.Benchmarks.Kernel.KernelBenchmark.Run(settings, Console.Error);
    return;
}
if (args.Contains("--analyses"))
{
    Console.Write(await BenchmarkSuite.AnalysesOnlyAsync(settings, Console.Error));
    return;
}

var watch = Stopwatch.StartNew();
var results = await BenchmarkSuite.RunAsync(settings, Console.Error);
PerformanceDocument.Update(output, MarkdownReport.Write(results, settings, watch.Elapsed));
Console.Error.WriteLine($"wrote {output} in {watch.Elapsed.TotalMinutes:F1} min");
