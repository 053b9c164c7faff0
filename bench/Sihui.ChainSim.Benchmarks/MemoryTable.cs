using System.Text;
using MathNet.Numerics;
using static Sihui.ChainSim.Benchmarks.MarkdownReport;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>Peak memory against enterprises × trials, with a least-squares line and where it stops fitting.</summary>
public static class MemoryTable
{
    private const double GiB = 1024.0 * 1024 * 1024;

    public static void Write(StringBuilder md, BenchmarkResults r)
    {
        md.AppendLine("### Memory (peak working set of a whole `chainsim run` process)");
        md.AppendLine();
        md.AppendLine("| enterprises | trials | engine | peak | run |");
        md.AppendLine("|---:|---:|---|---:|---:|");
        foreach (var row in r.Memory)
        {
            md.AppendLine($"| {row.Enterprises:N0} | {row.Trials:N0} | {row.Engine} | {F(row.PeakBytes / (1024.0 * 1024), 0)} MiB | {F(row.WallSeconds, 1)} s |");
        }
        md.AppendLine();
        foreach (var engine in new[] { "orleans", "direct" })
        {
            var points = r.Memory.Where(m => m.Engine == engine).ToArray();
            if (points.Select(p => (double)p.Enterprises * p.Trials).Distinct().Count() < 2)
            {
                continue;
            }
            var (intercept, slope) = Fit.Line(points.Select(p => (double)p.Enterprises * p.Trials).ToArray(), points.Select(p => (double)p.PeakBytes).ToArray());
            var at24 = (24 * GiB - intercept) / slope;
            md.AppendLine($"- {engine}: peak ≈ {F(intercept / (1024 * 1024), 0)} MiB + {F(slope, 1)} bytes × enterprises × trials " +
                          $"(least squares over {points.Length} runs); 24 GiB is reached near {F(at24 / 1e6, 0)} million enterprise-trials " +
                          $"(for example {F(at24 / 1000, 0)} enterprises at 1,000 trials).");
        }
        md.AppendLine();
    }
}
