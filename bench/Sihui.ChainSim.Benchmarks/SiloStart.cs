using System.Diagnostics;
using Sihui.ChainSim.Runner.Hosting;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>How long the embedded silo takes to start and stop in this process: the first start (cold code) and later ones.</summary>
public static class SiloStart
{
    public static async Task RunAsync(int times, TextWriter log)
    {
        for (var i = 0; i < times; i++)
        {
            var watch = Stopwatch.StartNew();
            var silo = await EmbeddedSilo.StartAsync().ConfigureAwait(false);
            var started = watch.Elapsed.TotalMilliseconds;
            await silo.DisposeAsync().ConfigureAwait(false);
            log.WriteLine($"silo start {i + 1}: {started:F0} ms to start, {watch.Elapsed.TotalMilliseconds - started:F0} ms to stop");
        }
    }
}
