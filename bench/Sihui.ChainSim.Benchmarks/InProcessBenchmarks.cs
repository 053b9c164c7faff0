using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>Latency, throughput and scaling: both engines warm in one process, alternating, medians of repetitions.</summary>
public static class InProcessBenchmarks
{
    public static async Task RunAsync(BenchmarkSettings settings, BenchmarkResults results, TextWriter log)
    {
        await using var harness = await EngineHarness.StartAsync();

        foreach (var trials in settings.LatencyTrials)
        {
            log.WriteLine($"latency: Sihui at {trials} trials");
            var (orleans, direct) = await harness.CompareAsync(BenchmarkScenarios.Sihui(settings, trials), settings.Repetitions, warmups: 2);
            results.Latency.Add(new LatencyRow("sihui-2024", trials, orleans, direct));
        }

        foreach (var enterprises in settings.ThroughputEnterprises)
        {
            log.WriteLine($"throughput: {enterprises} enterprises x {settings.ThroughputYears} years x {settings.ThroughputTrials} trials");
            var request = BenchmarkScenarios.Generated(enterprises, settings.ThroughputYears, settings.ThroughputTrials);
            var (orleans, direct) = await harness.CompareAsync(request, settings.ThroughputRepetitions);
            results.Throughput.Add(new ThroughputRow(enterprises, settings.ThroughputYears, settings.ThroughputTrials, orleans, direct));
        }

        var b = settings.Scaling;
        foreach (var factor in new[] { 0.5, 1, 2, 4 })
        {
            await ScaleAsync("trials", b.Enterprises, b.Years, (int)(b.Trials * factor));
            await ScaleAsync("enterprises", (int)(b.Enterprises * factor), b.Years, b.Trials);
            await ScaleAsync("years", b.Enterprises, Math.Max(1, (int)(b.Years * factor)), b.Trials);
        }

        async Task ScaleAsync(string axis, int enterprises, int years, int trials)
        {
            log.WriteLine($"scaling by {axis}: {enterprises} enterprises x {years} years x {trials} trials");
            var request = BenchmarkScenarios.Generated(enterprises, years, trials);
            await harness.TimeAsync(request, EngineKind.Orleans);
            var seconds = new List<double>();
            for (var i = 0; i < settings.ThroughputRepetitions; i++)
            {
                seconds.Add(await harness.TimeAsync(request, EngineKind.Orleans));
            }
            results.Scaling.Add(new ScalingRow(axis, enterprises, years, trials, new Samples(seconds)));
        }
    }
}
