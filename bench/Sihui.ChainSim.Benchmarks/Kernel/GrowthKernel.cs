using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Sihui.ChainSim.Benchmarks.Kernel;

/// <summary>
/// The reference kernel: the enterprise growth rule Y = min(cap, max(0, Y·(1 + g + s + m))), value = Y·P, with g a
/// counter-based normal of (enterprise, year, trial) fused with the update, over all cores. It is the physical limit
/// the engine is measured against, not the model: no projects, no summaries, just the arithmetic of growth.
/// </summary>
/// <remarks>
/// Trials go in chunks of 16: pair k (0..7) of a chunk gives its trial k the cosine normal and trial 8 + k the sine,
/// so every path (Vector512, Vector256, scalar) draws the same number for the same trial.
/// </remarks>
public sealed class GrowthKernel
{
    private const int Chunk = 16;
    private const int EnterprisesPerBlock = 64;
    private readonly int _enterprises;
    private readonly int _years;
    private readonly int _trials;
    private readonly ulong _seed;
    private readonly double[] _shock;
    private readonly double[] _price;

    public GrowthKernel(int enterprises, int years, int trials, ulong seed = 1)
    {
        (_enterprises, _years, _trials, _seed) = (enterprises, years, trials, seed);
        // The shared shock and price of each year and trial, drawn ahead as a run can.
        _shock = new double[years * trials];
        _price = new double[years * trials];
        for (var year = 0; year < years; year++)
        {
            CounterNormals.Fill(CounterNormals.Key(seed, ulong.MaxValue, (ulong)year), _shock.AsSpan(year * trials, trials));
            CounterNormals.Fill(CounterNormals.Key(seed, ulong.MaxValue - 1, (ulong)year), _price.AsSpan(year * trials, trials));
        }
        for (var i = 0; i < _shock.Length; i++)
        {
            _shock[i] *= 0.02;
            _price[i] = 1 + 0.05 * _price[i];
        }
    }

    public double Work => (double)_enterprises * _years * _trials;

    /// <summary>Total value by year and trial (index year × trials + trial), summed over enterprises.</summary>
    public double[] Run(bool allowVectors = true, int maxDegreeOfParallelism = -1)
    {
        var totals = new double[_years * _trials];
        var gate = new Lock();
        var blocks = (_enterprises + EnterprisesPerBlock - 1) / EnterprisesPerBlock;
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => new double[_years * _trials],
            (block, _, local) =>
            {
                var end = Math.Min(_enterprises, (block + 1) * EnterprisesPerBlock);
                for (var e = block * EnterprisesPerBlock; e < end; e++)
                {
                    Enterprise(e, local, allowVectors);
                }
                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (var i = 0; i < totals.Length; i++)
                    {
                        totals[i] += local[i];
                    }
                }
            });
        return totals;
    }

    /// <summary>One enterprise's base, cap, mean growth and growth sd: fixed functions of its index.</summary>
    private static (double Base, double Cap, double Mean, double Sd) Parameters(int e)
    {
        var spread = (e % 97) / 97.0;
        var size = 1 + 9 * spread;
        return (size, size * 3, 0.03 + 0.04 * spread, 0.05 + 0.1 * ((e % 13) / 13.0));
    }

    private void Enterprise(int e, double[] totals, bool allowVectors)
    {
        var t = 0;
        if (allowVectors && Vector512.IsHardwareAccelerated)
        {
            for (; t + Chunk <= _trials; t += Chunk)
            {
                Chunk512(e, t, totals);
            }
        }
        else if (allowVectors && Vector256.IsHardwareAccelerated)
        {
            for (; t + Chunk <= _trials; t += Chunk)
            {
                Chunk256(e, t, totals);
            }
        }
        for (; t < _trials; t += Chunk)
        {
            ChunkScalar(e, t, Math.Min(Chunk, _trials - t), totals);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Chunk512(int e, int t, double[] totals)
    {
        var (y0, cap, mean, sd) = Parameters(e);
        var low = Vector512.Create(y0);
        var high = low;
        var pairs = Vector512.Create((ulong)(t / 2)) + Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
        var capV = Vector512.Create(cap);
        var sdV = Vector512.Create(sd);
        var growth = Vector512.Create(1 + mean);
        ref var shock = ref MemoryMarshal.GetArrayDataReference(_shock);
        ref var price = ref MemoryMarshal.GetArrayDataReference(_price);
        ref var total = ref MemoryMarshal.GetArrayDataReference(totals);
        for (var year = 0; year < _years; year++)
        {
            var (cos, sin) = CounterNormals.Pairs(CounterNormals.Key(_seed, (ulong)e, (ulong)year), pairs);
            var at = (nuint)(year * _trials + t);
            low = Vector512.Min(capV, Vector512.Max(Vector512<double>.Zero, low * (growth + sdV * cos + Vector512.LoadUnsafe(ref shock, at))));
            high = Vector512.Min(capV, Vector512.Max(Vector512<double>.Zero, high * (growth + sdV * sin + Vector512.LoadUnsafe(ref shock, at + 8))));
            (Vector512.LoadUnsafe(ref total, at) + low * Vector512.LoadUnsafe(ref price, at)).StoreUnsafe(ref total, at);
            (Vector512.LoadUnsafe(ref total, at + 8) + high * Vector512.LoadUnsafe(ref price, at + 8)).StoreUnsafe(ref total, at + 8);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Chunk256(int e, int t, double[] totals)
    {
        var (y0, cap, mean, sd) = Parameters(e);
        // Trials 0..3 and 4..7 of the chunk take the cosines of pairs 0..3 and 4..7; trials 8..15 their sines.
        var (y0v, y1v, y2v, y3v) = (Vector256.Create(y0), Vector256.Create(y0), Vector256.Create(y0), Vector256.Create(y0));
        var first = Vector256.Create((ulong)(t / 2)) + Vector256.Create(0UL, 1, 2, 3);
        var second = first + Vector256.Create(4UL);
        var capV = Vector256.Create(cap);
        var sdV = Vector256.Create(sd);
        var growth = Vector256.Create(1 + mean);
        ref var shock = ref MemoryMarshal.GetArrayDataReference(_shock);
        ref var price = ref MemoryMarshal.GetArrayDataReference(_price);
        ref var total = ref MemoryMarshal.GetArrayDataReference(totals);
        for (var year = 0; year < _years; year++)
        {
            var key = CounterNormals.Key(_seed, (ulong)e, (ulong)year);
            var (cos0, sin0) = CounterNormals.Pairs(key, first);
            var (cos1, sin1) = CounterNormals.Pairs(key, second);
            var at = (nuint)(year * _trials + t);
            y0v = Step256(y0v, cos0, ref shock, ref price, ref total, at, capV, sdV, growth);
            y1v = Step256(y1v, cos1, ref shock, ref price, ref total, at + 4, capV, sdV, growth);
            y2v = Step256(y2v, sin0, ref shock, ref price, ref total, at + 8, capV, sdV, growth);
            y3v = Step256(y3v, sin1, ref shock, ref price, ref total, at + 12, capV, sdV, growth);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Step256(
        Vector256<double> y, Vector256<double> z, ref double shock, ref double price, ref double total, nuint at,
        Vector256<double> cap, Vector256<double> sd, Vector256<double> growth)
    {
        y = Vector256.Min(cap, Vector256.Max(Vector256<double>.Zero, y * (growth + sd * z + Vector256.LoadUnsafe(ref shock, at))));
        (Vector256.LoadUnsafe(ref total, at) + y * Vector256.LoadUnsafe(ref price, at)).StoreUnsafe(ref total, at);
        return y;
    }

    private void ChunkScalar(int e, int t, int count, double[] totals)
    {
        var (y0, cap, mean, sd) = Parameters(e);
        Span<double> y = stackalloc double[Chunk];
        Span<double> z = stackalloc double[Chunk];
        y.Fill(y0);
        for (var year = 0; year < _years; year++)
        {
            var key = CounterNormals.Key(_seed, (ulong)e, (ulong)year);
            for (var k = 0; k < Chunk / 2; k++)
            {
                (z[k], z[k + Chunk / 2]) = CounterNormals.Pair(key, (ulong)(t / 2 + k));
            }
            var at = year * _trials + t;
            for (var k = 0; k < count; k++)
            {
                y[k] = Math.Min(cap, Math.Max(0, y[k] * (1 + mean + sd * z[k] + _shock[at + k])));
                totals[at + k] += y[k] * _price[at + k];
            }
        }
    }
}
