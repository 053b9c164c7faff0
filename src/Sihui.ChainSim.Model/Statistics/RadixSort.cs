using System.Buffers;
using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Statistics;

/// <summary>
/// Sorts doubles by their bits, least significant byte first, in O(n): the percentiles of every metric of every year
/// need a sorted copy, and a comparison sort was most of the cost of collecting a year. Without NaN the order is
/// Array.Sort's up to the order of −0 and +0, which the type-7 interpolation of <see cref="TrialStatistics"/> cannot see.
/// </summary>
public static class RadixSort
{
    // Below this the comparison sort wins: eight counting passes have a fixed cost.
    private const int SortBelow = 256;

    /// <summary>Sorts <paramref name="values"/> ascending; with a NaN among them, or few values, by Array.Sort's rule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(Span<double> values)
    {
        if (values.Length < SortBelow || HasNaN(values))
        {
            values.Sort();
            return;
        }
        var n = values.Length;
        var keys = ArrayPool<ulong>.Shared.Rent(n);
        var spare = ArrayPool<ulong>.Shared.Rent(n);
        var counts = ArrayPool<int>.Shared.Rent(8 * 256);
        try
        {
            var source = keys.AsSpan(0, n);
            var target = spare.AsSpan(0, n);
            var histogram = counts.AsSpan(0, 8 * 256);
            histogram.Clear();
            for (var i = 0; i < n; i++)
            {
                var key = KeyOf(values[i]);
                source[i] = key;
                for (var d = 0; d < 8; d++)
                {
                    histogram[d * 256 + (int)((key >> (8 * d)) & 0xFF)]++;
                }
            }
            for (var d = 0; d < 8; d++)
            {
                var digit = histogram.Slice(d * 256, 256);
                var shift = 8 * d;
                // A byte all keys share moves nothing: the high bytes of values of one magnitude, say.
                if (digit[(int)((source[0] >> shift) & 0xFF)] == n)
                {
                    continue;
                }
                var offset = 0;
                for (var b = 0; b < 256; b++)
                {
                    var c = digit[b];
                    digit[b] = offset;
                    offset += c;
                }
                for (var i = 0; i < n; i++)
                {
                    var key = source[i];
                    target[digit[(int)((key >> shift) & 0xFF)]++] = key;
                }
                var swap = source;
                source = target;
                target = swap;
            }
            for (var i = 0; i < n; i++)
            {
                values[i] = ValueOf(source[i]);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(spare);
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasNaN(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                return true;
            }
        }
        return false;
    }

    // Unsigned order of the keys is the order of the doubles: negatives have every bit flipped, others the sign bit.
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static ulong KeyOf(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        return (bits >> 63) != 0 ? ~bits : bits | 0x8000000000000000UL;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static double ValueOf(ulong key) =>
        BitConverter.UInt64BitsToDouble((key >> 63) != 0 ? key & 0x7FFFFFFFFFFFFFFFUL : ~key);
}
