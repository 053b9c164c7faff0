using System.Text;
using static Sihui.ChainSim.Benchmarks.MarkdownReport;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>The performance goals, each with the measured figure and whether it is met.</summary>
public static class Goals
{
    public const double OrleansToDirectRatio = 0.8;
    public const double SihuiWarmSeconds = 1.0;
    public const double ColdStartSeconds = 3.0;
    public const double MemoryLimitGiB = 8.0;

    public static void Write(StringBuilder md, BenchmarkResults r)
    {
        md.AppendLine("### Goals");
        md.AppendLine();
        md.AppendLine("| goal | measured | met |");
        md.AppendLine("|---|---|---|");
        if (r.Throughput.FirstOrDefault(t => t.Enterprises == 10_000) is { } ratio)
        {
            Row(md, $"Orleans ≥ {OrleansToDirectRatio} of direct throughput, 10,000 enterprises", F(ratio.Ratio, 3), ratio.Ratio >= OrleansToDirectRatio);
        }
        if (r.Latency.FirstOrDefault(l => l.Trials == 10_000) is { } sihui)
        {
            Row(md, $"Sihui at 10,000 trials under {SihuiWarmSeconds} s warm (Orleans)", Seconds(sihui.Orleans), sihui.Orleans.Median < SihuiWarmSeconds);
        }
        if (r.ColdStart.FirstOrDefault(c => c.Command.StartsWith("dotnet run", StringComparison.Ordinal)) is { } readme)
        {
            Row(md, $"The README's command under {ColdStartSeconds} s cold", Seconds(readme.Seconds), readme.Seconds.Median < ColdStartSeconds);
        }
        if (r.ColdStart.FirstOrDefault(c => c.Command.StartsWith("dotnet chainsim", StringComparison.Ordinal)) is { } binary)
        {
            Row(md, $"The built `chainsim` on Sihui under {ColdStartSeconds} s cold", Seconds(binary.Seconds), binary.Seconds.Median < ColdStartSeconds);
        }
        if (r.Memory.FirstOrDefault(m => m.Enterprises == 50_000 && m.Trials == 1_000 && m.Engine == "orleans") is { } big)
        {
            var gib = big.PeakBytes / (1024.0 * 1024 * 1024);
            Row(md, $"50,000 enterprises × 1,000 trials within {MemoryLimitGiB} GiB (Orleans)", $"{F(gib, 2)} GiB peak", gib <= MemoryLimitGiB);
        }
        md.AppendLine();
    }

    private static void Row(StringBuilder md, string goal, string measured, bool met) =>
        md.AppendLine($"| {goal} | {measured} | {(met ? "yes" : "**no**")} |");
}
