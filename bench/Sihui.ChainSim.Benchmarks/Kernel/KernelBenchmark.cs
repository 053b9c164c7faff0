using System.Diagnostics;

namespace Sihui.ChainSim.Benchmarks.Kernel;

/// <summary>Times the reference kernel in this process (warm-ups first) and checks its normals.</summary>
public static class KernelBenchmark
{
    public static KernelResult Run(BenchmarkSettings settings, TextWriter log)
    {
        var size = settings.Kernel;
        var kernel = new GrowthKernel(size.Enterprises, size.Years, size.Trials);
        log.WriteLine($"reference kernel: {size} on {CounterNormals.Path}, {Environment.ProcessorCount} cores");
        for (var i = 0; i < 3; i++)
        {
            kernel.Run();
        }
        var seconds = new List<double>();
        for (var i = 0; i < settings.KernelRepetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            kernel.Run();
            seconds.Add(watch.Elapsed.TotalSeconds);
        }
        var (streams, perStream) = settings.NormalDraws;
        var normals = NormalCheck.Run(streams, perStream);
        log.WriteLine($"reference kernel normals: {normals.Describe()}");
        var result = new KernelResult(size, CounterNormals.Path, new Samples(seconds), normals);
        log.WriteLine($"reference kernel: {result.PerSecond.Median / 1e6:F0} M enterprise-trial-years/s");
        return result;
    }
}
