namespace Sihui.ChainSim.Benchmarks;

/// <summary>Repeated timings of one thing, summarised by median and range (these machines are shared and noisy).</summary>
public sealed record Samples(IReadOnlyList<double> Values)
{
    public double Median
    {
        get
        {
            var sorted = Values.Order().ToArray();
            var mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }

    public double Min => Values.Min();
    public double Max => Values.Max();
}
