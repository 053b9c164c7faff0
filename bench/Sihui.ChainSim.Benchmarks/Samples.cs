namespace Sihui.ChainSim.Benchmarks;

/// <summary>Repeated measurements of one thing, summarised by median and range (these machines are shared and noisy).</summary>
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

    /// <summary>Each value mapped, e.g. seconds to a rate.</summary>
    public Samples Select(Func<double, double> map) => new(Values.Select(map).ToArray());

    /// <summary>Pairs values of two interleaved series, repetition by repetition.</summary>
    public static Samples Zip(Samples a, Samples b, Func<double, double, double> combine) =>
        new(a.Values.Zip(b.Values, combine).ToArray());
}
