using Sihui.ChainSim.Benchmarks.Processes;
using static Sihui.ChainSim.Benchmarks.Processes.Chainsim;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>
/// Whole <c>chainsim run</c> processes on the generated scenario: both engines at the high and low trial counts, the
/// four kinds interleaved in each repetition (rotating which goes first), and the peak memory of the large run.
/// </summary>
public static class EngineBenchmarks
{
    public static EngineResult Throughput(BenchmarkSettings s, Chainsim chainsim, string scratch, TextWriter log)
    {
        var scenario = BenchmarkScenarios.Write(scratch, s.Enterprises, s.Years, s.HighTrials);
        (string Engine, int Trials)[] kinds = [("direct", s.HighTrials), ("direct", s.LowTrials), ("orleans", s.HighTrials), ("orleans", s.LowTrials)];
        var seconds = kinds.ToDictionary(k => k, _ => new List<double>());
        // One unmeasured run of each engine fills the OS's file cache.
        Once("direct", s.LowTrials, "warm-up");
        Once("orleans", s.LowTrials, "warm-up");
        for (var rep = 0; rep < s.EngineRepetitions; rep++)
        {
            for (var k = 0; k < kinds.Length; k++)
            {
                var kind = kinds[(k + rep) % kinds.Length];
                seconds[kind].Add(Once(kind.Engine, kind.Trials, $"{rep + 1}/{s.EngineRepetitions}"));
            }
        }
        return new EngineResult(s.Enterprises, s.Years, s.HighTrials, s.LowTrials, chainsim.Command.Label,
            new Samples(seconds[kinds[0]]), new Samples(seconds[kinds[1]]), new Samples(seconds[kinds[2]]), new Samples(seconds[kinds[3]]));

        double Once(string engine, int trials, string label)
        {
            var wall = chainsim.Run(scenario, Path.Combine(scratch, $"engine-{engine}-{trials}"), "--engine", engine, "--trials", Text(trials)).WallSeconds;
            log.WriteLine($"engine {engine}, {s.Enterprises} x {s.Years} x {trials} ({label}): {wall:F2} s");
            return wall;
        }
    }

    public static void Memory(BenchmarkSettings s, Chainsim chainsim, string scratch, BenchmarkResults results, TextWriter log)
    {
        var size = s.Memory;
        var scenario = BenchmarkScenarios.Write(scratch, size.Enterprises, size.Years, size.Trials);
        foreach (var engine in new[] { "direct", "orleans" })
        {
            var outcome = chainsim.Run(scenario, Path.Combine(scratch, $"memory-{engine}"), "--engine", engine, "--trials", Text(size.Trials));
            log.WriteLine($"memory {engine}, {size}: {outcome.PeakWorkingSetBytes / 1048576.0:F0} MiB peak, {outcome.WallSeconds:F1} s");
            results.Memory.Add(new MemoryRow(size, engine, outcome.PeakWorkingSetBytes, outcome.WallSeconds));
        }
    }
}
