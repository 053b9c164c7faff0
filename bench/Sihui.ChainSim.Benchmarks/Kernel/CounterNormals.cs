using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sihui.ChainSim.Benchmarks.Kernel;

/// <summary>
/// Standard normals as a pure function of (key, counter): a SplitMix64 finaliser of the pair gives two 53-bit
/// uniforms, and Box–Muller turns them into two normals (cosine for the counter's first slot, sine for its second).
/// The vector and scalar forms compute the same numbers up to the last bits of log, sin and cos.
/// </summary>
public static class CounterNormals
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong Mix1 = 0xBF58476D1CE4E5B9UL;
    private const ulong Mix2 = 0x94D049BB133111EBUL;
    private const double TwoPow53 = 1.0 / (1UL << 53);
    private const double TwoPi = 2 * Math.PI;
    private const ulong PairStride = unchecked(2 * Golden);

    /// <summary>Which instruction width the kernel runs at on this machine.</summary>
    public static string Path => Vector512.IsHardwareAccelerated ? "Vector512" : Vector256.IsHardwareAccelerated ? "Vector256" : "scalar";

    /// <summary>A stream key from a seed and up to two coordinates (enterprise, year).</summary>
    public static ulong Key(ulong seed, ulong a, ulong b) => Finalise(Finalise(seed ^ (a * Golden)) ^ (b + Golden));

    /// <summary>The pair of normals at <paramref name="pair"/> of stream <paramref name="key"/>.</summary>
    public static (double Cos, double Sin) Pair(ulong key, ulong pair)
    {
        var (u1, u2) = Uniforms(key, pair);
        var radius = Math.Sqrt(-2 * Math.Log(u1));
        var (sin, cos) = Math.SinCos(TwoPi * u2);
        return (radius * cos, radius * sin);
    }

    /// <summary>Eight pairs at once, for pairs <paramref name="pairs"/>; same law as <see cref="Pair"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector512<double> Cos, Vector512<double> Sin) Pairs(ulong key, Vector512<ulong> pairs)
    {
        var a = Finalise(Vector512.Create(key) + pairs * Vector512.Create(PairStride));
        var b = Finalise(a ^ Vector512.Create(Golden));
        var u1 = (Vector512.ConvertToDouble(Vector512.ShiftRightLogical(a, 11)) + Vector512.Create(0.5)) * Vector512.Create(TwoPow53);
        var u2 = Vector512.ConvertToDouble(Vector512.ShiftRightLogical(b, 11)) * Vector512.Create(TwoPow53);
        var radius = Vector512.Sqrt(Vector512.Create(-2.0) * Vector512.Log(u1));
        var (sin, cos) = Vector512.SinCos(u2 * Vector512.Create(TwoPi));
        return (radius * cos, radius * sin);
    }

    /// <summary>Four pairs at once, the AVX2 fallback; same law as <see cref="Pair"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<double> Cos, Vector256<double> Sin) Pairs(ulong key, Vector256<ulong> pairs)
    {
        var a = Finalise(Vector256.Create(key) + pairs * Vector256.Create(PairStride));
        var b = Finalise(a ^ Vector256.Create(Golden));
        var u1 = (Vector256.ConvertToDouble(Vector256.ShiftRightLogical(a, 11)) + Vector256.Create(0.5)) * Vector256.Create(TwoPow53);
        var u2 = Vector256.ConvertToDouble(Vector256.ShiftRightLogical(b, 11)) * Vector256.Create(TwoPow53);
        var radius = Vector256.Sqrt(Vector256.Create(-2.0) * Vector256.Log(u1));
        var (sin, cos) = Vector256.SinCos(u2 * Vector256.Create(TwoPi));
        return (radius * cos, radius * sin);
    }

    /// <summary>Normals 0..n−1 of stream <paramref name="key"/> (normal 2k is pair k's cosine, 2k+1 its sine), scalar.</summary>
    public static void FillScalar(ulong key, Span<double> normals) => FillScalarFrom(key, normals, 0);

    /// <summary>The same numbers as <see cref="FillScalar"/>, eight or four pairs at a time where the hardware allows.</summary>
    public static void Fill(ulong key, Span<double> normals)
    {
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var lane = Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
            Span<double> cos = stackalloc double[8];
            Span<double> sin = stackalloc double[8];
            for (; i + 16 <= normals.Length; i += 16)
            {
                var (c, s) = Pairs(key, Vector512.Create((ulong)(i / 2)) + lane);
                c.CopyTo(cos);
                s.CopyTo(sin);
                for (var k = 0; k < 8; k++)
                {
                    normals[i + 2 * k] = cos[k];
                    normals[i + 2 * k + 1] = sin[k];
                }
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var lane = Vector256.Create(0UL, 1, 2, 3);
            Span<double> cos = stackalloc double[4];
            Span<double> sin = stackalloc double[4];
            for (; i + 8 <= normals.Length; i += 8)
            {
                var (c, s) = Pairs(key, Vector256.Create((ulong)(i / 2)) + lane);
                c.CopyTo(cos);
                s.CopyTo(sin);
                for (var k = 0; k < 4; k++)
                {
                    normals[i + 2 * k] = cos[k];
                    normals[i + 2 * k + 1] = sin[k];
                }
            }
        }
        FillScalarFrom(key, normals, i);
    }

    private static void FillScalarFrom(ulong key, Span<double> normals, int start)
    {
        for (var i = start; i < normals.Length; i += 2)
        {
            var (c, s) = Pair(key, (ulong)(i / 2));
            normals[i] = c;
            if (i + 1 < normals.Length)
            {
                normals[i + 1] = s;
            }
        }
    }

    private static (double U1, double U2) Uniforms(ulong key, ulong pair)
    {
        var a = Finalise(key + pair * PairStride);
        var b = Finalise(a ^ Golden);
        return (((a >> 11) + 0.5) * TwoPow53, (b >> 11) * TwoPow53);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finalise(ulong x)
    {
        x = (x ^ (x >> 30)) * Mix1;
        x = (x ^ (x >> 27)) * Mix2;
        return x ^ (x >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Finalise(Vector512<ulong> x)
    {
        x = (x ^ Vector512.ShiftRightLogical(x, 30)) * Vector512.Create(Mix1);
        x = (x ^ Vector512.ShiftRightLogical(x, 27)) * Vector512.Create(Mix2);
        return x ^ Vector512.ShiftRightLogical(x, 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Finalise(Vector256<ulong> x)
    {
        x = (x ^ Vector256.ShiftRightLogical(x, 30)) * Vector256.Create(Mix1);
        x = (x ^ Vector256.ShiftRightLogical(x, 27)) * Vector256.Create(Mix2);
        return x ^ Vector256.ShiftRightLogical(x, 31);
    }
}
