using Sihui.ChainSim.Benchmarks.Kernel;
using static Sihui.ChainSim.Benchmarks.MarkdownReport;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>Issue 16's "done when" goals and issue 17's speed of the analyses, each with the measured median and range, whether it is met, and by how much.</summary>
public static class Goals
{
    public const double KernelFraction = 1.0 / 8;
    public const double OrleansOverDirect = 1.10;
    public const double Web2000Ms = 100;
    public const double Web10000Ms = 300;
    public const double ColdSeconds = 1.5;
    public const double MemoryGiB = 1.6;
    public const double ClusterSpeedUp = 1.7;
    public const double TornadoSeconds = 15;
    public const double FirstBarSeconds = 2;
    public const double CompareSeconds = 1.5;
    private const double GiB = 1024.0 * 1024 * 1024;

    /// <summary>One goal: <paramref name="Ratio"/> is measured over the limit, so ≤ 1 meets an "at most" goal and ≥ 1 an "at least" one.</summary>
    public sealed record Row(string Goal, string Measured, bool Met, double Ratio, bool AtMost)
    {
        public string ByHowMuch => AtMost
            ? (Met ? $"{F((1 - Ratio) * 100, 0)}% under the limit" : $"{F(Ratio, 2)}× the limit")
            : (Met ? $"{F(Ratio, 2)}× the goal" : $"{F(Ratio, 2)}× the goal (needs {F(1 / Ratio, 1)}× more)");
    }

    public static IReadOnlyList<Row> Evaluate(BenchmarkResults r)
    {
        var rows = new List<Row>();
        if (r.Engines is { } e && r.Kernel is { } k)
        {
            var ratio = e.DirectMarginal.Median / k.PerSecond.Median;
            rows.Add(new Row(
                $"direct marginal throughput ≥ 1/8 of the reference kernel ({e.Enterprises:N0} × {e.Years} × {e.LowTrials:N0}→{e.HighTrials:N0} trials)",
                $"{Rate(e.DirectMarginal)} vs kernel {Rate(k.PerSecond)}: 1/{F(1 / ratio, 1)}", ratio >= KernelFraction, ratio / KernelFraction, AtMost: false));
            var over = e.OrleansOverDirect;
            rows.Add(new Row($"Orleans whole process within 10% of direct ({e.Enterprises:N0} × {e.Years} × {e.HighTrials:N0})",
                $"{F(over.Median, 2)} ({F(over.Min, 2)}–{F(over.Max, 2)}) × direct's time", over.Median <= OrleansOverDirect,
                over.Median / OrleansOverDirect, AtMost: true));
        }
        foreach (var (trials, limit) in new[] { (2_000, Web2000Ms), (10_000, Web10000Ms) })
        {
            if (r.Web.FirstOrDefault(w => w.Trials == trials) is { } web)
            {
                rows.Add(new Row($"Sihui via the web API at {trials:N0} trials, warm, server time < {F(limit, 0)} ms", Millis(web.ServerMs),
                    web.ServerMs.Median < limit, web.ServerMs.Median / limit, AtMost: true));
            }
        }
        if (r.Analyses is { } a)
        {
            var what = $"Sihui via the web API at {a.Trials:N0} trials, warm";
            rows.Add(new Row($"{what}: the tornado over {a.Bars} parameters fully streamed < {F(TornadoSeconds, 0)} s", Seconds(a.TornadoMs.Select(ms => ms / 1000)),
                a.TornadoMs.Median < TornadoSeconds * 1000, a.TornadoMs.Median / (TornadoSeconds * 1000), AtMost: true));
            rows.Add(new Row($"{what}: the tornado's first bar < {F(FirstBarSeconds, 0)} s", Seconds(a.FirstBarMs.Select(ms => ms / 1000)),
                a.FirstBarMs.Median < FirstBarSeconds * 1000, a.FirstBarMs.Median / (FirstBarSeconds * 1000), AtMost: true));
            rows.Add(new Row($"{what}: compare, baseline and one slider, answered < {F(CompareSeconds, 1)} s", Seconds(a.CompareMs.Select(ms => ms / 1000)),
                a.CompareMs.Median < CompareSeconds * 1000, a.CompareMs.Median / (CompareSeconds * 1000), AtMost: true));
        }
        if (r.ColdStart.FirstOrDefault(c => c.Command.Contains("(installed tool)", StringComparison.Ordinal)) is { } cold)
        {
            rows.Add(new Row($"`{cold.Command}` cold < {F(ColdSeconds, 1)} s", Seconds(cold.Seconds),
                cold.Seconds.Median < ColdSeconds, cold.Seconds.Median / ColdSeconds, AtMost: true));
        }
        foreach (var m in r.Memory)
        {
            var gib = m.PeakBytes / GiB;
            rows.Add(new Row($"peak memory of {m.Size.Enterprises:N0} × {m.Size.Trials:N0} on {m.Engine} < {F(MemoryGiB, 1)} GiB",
                $"{F(gib, 2)} GiB ({F(m.PeakBytes / ((double)m.Size.Enterprises * m.Size.Trials), 0)} bytes per enterprise-trial)", gib < MemoryGiB, gib / MemoryGiB, AtMost: true));
        }
        if (r.Cluster is { } c)
        {
            rows.Add(new Row("two silos pinned one per core ≥ 1.7× one pinned silo (marginal throughput)",
                $"{F(c.SpeedUp.Median, 2)}× ({F(c.SpeedUp.Min, 2)}–{F(c.SpeedUp.Max, 2)})", c.SpeedUp.Median >= ClusterSpeedUp,
                c.SpeedUp.Median / ClusterSpeedUp, AtMost: false));
        }
        if (r.Kernel is { } kernel)
        {
            rows.Add(new Row($"the reference kernel's normals pass mean, sd, 3σ and 4σ checks ({kernel.Normals.Draws:N0} draws, within {F(NormalCheck.Tolerance, 0)} se)",
                $"{F(kernel.Normals.MeanZ, 1)}, {F(kernel.Normals.SdZ, 1)}, {F(kernel.Normals.Tail3Z, 1)}, {F(kernel.Normals.Tail4Z, 1)} se",
                kernel.Normals.Passes, kernel.Normals.LargestZ / NormalCheck.Tolerance, AtMost: true));
        }
        return rows;
    }
}
