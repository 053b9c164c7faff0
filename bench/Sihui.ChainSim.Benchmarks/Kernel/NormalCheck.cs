namespace Sihui.ChainSim.Benchmarks.Kernel;

/// <summary>
/// Whether the kernel's normals are standard normal: mean, sd and the two-sided 3σ and 4σ tail shares over many
/// draws, each with how many standard errors it lies from its exact value.
/// </summary>
public sealed record NormalCheck(long Draws, double Mean, double Sd, double Tail3, double Tail4)
{
    /// <summary>P(|Z| &gt; 3) and P(|Z| &gt; 4) of a standard normal.</summary>
    public const double ExactTail3 = 0.0026997960632601866;
    public const double ExactTail4 = 6.334248366623996e-5;

    /// <summary>A result more than this many standard errors from the exact value fails.</summary>
    public const double Tolerance = 5;

    /// <summary>Standard errors from 0; sd's uses the normal's kurtosis (var of Z² is 2).</summary>
    public double MeanZ => Mean / Math.Sqrt(1.0 / Draws);
    public double SdZ => (Sd * Sd - 1) / Math.Sqrt(2.0 / Draws);
    public double Tail3Z => (Tail3 - ExactTail3) / Math.Sqrt(ExactTail3 * (1 - ExactTail3) / Draws);
    public double Tail4Z => (Tail4 - ExactTail4) / Math.Sqrt(ExactTail4 * (1 - ExactTail4) / Draws);

    public double LargestZ => new[] { MeanZ, SdZ, Tail3Z, Tail4Z }.Max(Math.Abs);

    public bool Passes => LargestZ < Tolerance;

    /// <summary>Draws <paramref name="streams"/> × <paramref name="perStream"/> normals, stream by stream over all cores.</summary>
    public static NormalCheck Run(int streams, int perStream, ulong seed = 7, bool allowVectors = true)
    {
        var gate = new Lock();
        double sum = 0, squares = 0;
        long beyond3 = 0, beyond4 = 0;
        Parallel.For(0, streams, () => (Buffer: new double[perStream], Sum: 0.0, Squares: 0.0, B3: 0L, B4: 0L), (s, _, local) =>
        {
            var key = CounterNormals.Key(seed, (ulong)s, 0);
            if (allowVectors)
            {
                CounterNormals.Fill(key, local.Buffer);
            }
            else
            {
                CounterNormals.FillScalar(key, local.Buffer);
            }
            foreach (var z in local.Buffer)
            {
                local.Sum += z;
                local.Squares += z * z;
                var size = Math.Abs(z);
                local.B3 += size > 3 ? 1 : 0;
                local.B4 += size > 4 ? 1 : 0;
            }
            return local;
        }, local =>
        {
            lock (gate)
            {
                (sum, squares, beyond3, beyond4) = (sum + local.Sum, squares + local.Squares, beyond3 + local.B3, beyond4 + local.B4);
            }
        });
        var n = (long)streams * perStream;
        var mean = sum / n;
        return new NormalCheck(n, mean, Math.Sqrt(squares / n - mean * mean), (double)beyond3 / n, (double)beyond4 / n);
    }

    public string Describe() => FormattableString.Invariant(
        $"{Draws:N0} draws: mean {Mean:F5} ({MeanZ:+0.0;-0.0} se), sd {Sd:F5} ({SdZ:+0.0;-0.0} se), P(|z|>3) {Tail3:E4} vs {ExactTail3:E4} ({Tail3Z:+0.0;-0.0} se), P(|z|>4) {Tail4:E4} vs {ExactTail4:E4} ({Tail4Z:+0.0;-0.0} se): {(Passes ? "passes" : "FAILS")} (within {Tolerance} se)");
}
