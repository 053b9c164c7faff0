using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Statistics;

/// <summary>
/// The values a full sort would put at a few ranks, found by selection (introselect) in expected O(n).
/// For values without NaN only: ranked by &lt;, a sort and a selection agree on every value, and may differ at most
/// in the sign of a zero, which the type-7 interpolation of <see cref="TrialStatistics"/> cannot see.
/// </summary>
public static class OrderStatistics
{
    // Below this a sort is cheaper than another partition.
    private const int SortBelow = 16;

    // From this many values on, a histogram narrows the ranks down first; it has room for this many buckets.
    private const int BucketsFrom = 64;
    private const int MaxBuckets = 1024;

    // Up to this many values, each value's bucket index is kept on the stack; beyond, in a pooled array.
    private const int BucketIndicesOnStack = 4096;

    /// <summary>
    /// Sets <paramref name="result"/>[j] to the value of rank <paramref name="ranks"/>[j] (0-based, ascending,
    /// repeats allowed) in <paramref name="values"/>, which it uses as scratch: afterwards it holds no useful order.
    /// </summary>
    public static void Select(Span<double> values, ReadOnlySpan<int> ranks, Span<double> result)
    {
        if (values.IsEmpty)
        {
            return;
        }
        if (values.Length >= BucketsFrom && SelectByBuckets(values, ranks, result[..ranks.Length]))
        {
            return;
        }
        SelectByPartition(values, ranks, result[..ranks.Length]);
    }

    private static void SelectByPartition(Span<double> values, ReadOnlySpan<int> ranks, Span<double> result)
    {
        // Past this depth the pivots are going badly (an adversarial order); a sort bounds the cost at O(n log n).
        var depth = 2 * (BitOperations.Log2((uint)values.Length) + 1);
        Select(values, 0, ranks, result, depth);
    }

    /// <summary>
    /// Finds the ranks from a histogram over [min, max]: floor((v − min) · scale) never decreases as v grows, so bucket b
    /// holds only values at most those of bucket b + 1, and a rank lies in the bucket where the counts pass it. Only the
    /// few values of the buckets asked for are then selected among, instead of partitioning all of them again and again.
    /// False, with nothing found, where the buckets cannot tell the values apart: an infinity, a span too wide for a
    /// double, or so many ties that the buckets asked for hold a large share of the values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SelectByBuckets(Span<double> values, ReadOnlySpan<int> ranks, Span<double> result)
    {
        var (min, max) = MinMax(values);
        var width = max - min;
        if (!double.IsFinite(width))
        {
            return false;
        }
        if (width == 0)
        {
            // All equal (up to the sign of a zero): every rank holds the same value.
            result.Fill(min);
            return true;
        }
        var buckets = Math.Min(MaxBuckets, values.Length / 2);
        var scale = buckets / width;
        Span<int> counts = stackalloc int[MaxBuckets + 1];
        counts = counts[..(buckets + 1)];
        counts.Clear();
        // Each value's bucket, computed once: the counting pass and the gathering pass both read it.
        var pooled = values.Length > BucketIndicesOnStack ? ArrayPool<int>.Shared.Rent(values.Length) : null;
        try
        {
            var bucketOfValue = pooled is null ? stackalloc int[values.Length] : pooled.AsSpan(0, values.Length);
            BucketIndices(values, min, scale, bucketOfValue);
            foreach (var b in bucketOfValue)
            {
                counts[b]++;
            }
            // The maximum lands on the bucket past the last; it belongs to the last.
            counts[buckets - 1] += counts[buckets];
            counts[buckets] = 0;

            // Each rank's bucket, and how many values lie in the buckets below it.
            Span<int> bucketOf = stackalloc int[ranks.Length];
            Span<bool> wanted = stackalloc bool[buckets + 1];
            wanted.Clear();
            var below = 0;
            var bucket = 0;
            var candidates = 0;
            for (var j = 0; j < ranks.Length; j++)
            {
                while (below + counts[bucket] <= ranks[j])
                {
                    below += counts[bucket];
                    bucket++;
                }
                bucketOf[j] = bucket;
                if (!wanted[bucket])
                {
                    wanted[bucket] = true;
                    candidates += counts[bucket];
                }
            }
            if (candidates > values.Length / 4)
            {
                return false;
            }
            // The maximum's own bucket index is past the last; it is wanted when the last bucket is.
            wanted[buckets] = wanted[buckets - 1];

            // The wanted buckets' values, gathered at the front in their order; their order statistics are the ranks
            // asked for, shifted by the values of the unwanted buckets below each.
            var front = 0;
            for (var i = 0; i < values.Length; i++)
            {
                if (wanted[bucketOfValue[i]])
                {
                    values[front++] = values[i];
                }
            }
            Span<int> shifted = stackalloc int[ranks.Length];
            var skipped = 0;
            var next = 0;
            for (var b = 0; next < ranks.Length; b++)
            {
                if (!wanted[b])
                {
                    skipped += counts[b];
                    continue;
                }
                while (next < ranks.Length && bucketOf[next] == b)
                {
                    shifted[next] = ranks[next] - skipped;
                    next++;
                }
            }
            SelectByPartition(values[..front], shifted, result);
            return true;
        }
        finally
        {
            if (pooled is not null)
            {
                ArrayPool<int>.Shared.Return(pooled);
            }
        }
    }

    /// <summary>The least and greatest value, in vector lanes where the CPU has them; min and max are exact, so every width agrees.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (double Min, double Max) MinMax(ReadOnlySpan<double> values)
    {
        var i = 0;
        var min = values[0];
        var max = values[0];
        if (Vector.IsHardwareAccelerated && values.Length >= 2 * Vector<double>.Count)
        {
            var low = new Vector<double>(values);
            var high = low;
            for (i = Vector<double>.Count; i <= values.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var v = new Vector<double>(values[i..]);
                low = Vector.Min(low, v);
                high = Vector.Max(high, v);
            }
            for (var lane = 0; lane < Vector<double>.Count; lane++)
            {
                min = low[lane] < min ? low[lane] : min;
                max = high[lane] > max ? high[lane] : max;
            }
        }
        for (; i < values.Length; i++)
        {
            var v = values[i];
            min = v < min ? v : min;
            max = v > max ? v : max;
        }
        return (min, max);
    }

    /// <summary>floor((v − min) · scale) of each value; the same subtraction and product in lanes as one at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void BucketIndices(ReadOnlySpan<double> values, double min, double scale, Span<int> bucketOf)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var lowest = new Vector<double>(min);
            var factor = new Vector<double>(scale);
            for (; i <= values.Length - 2 * Vector<double>.Count; i += 2 * Vector<double>.Count)
            {
                var first = Vector.ConvertToInt64((new Vector<double>(values[i..]) - lowest) * factor);
                var second = Vector.ConvertToInt64((new Vector<double>(values[(i + Vector<double>.Count)..]) - lowest) * factor);
                Vector.Narrow(first, second).CopyTo(bucketOf[i..]);
            }
        }
        for (; i < values.Length; i++)
        {
            bucketOf[i] = (int)((values[i] - min) * scale);
        }
    }

    // values[0] has rank offset in the whole; every rank asked lies in [offset, offset + values.Length).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Select(Span<double> values, int offset, ReadOnlySpan<int> ranks, Span<double> result, int depth)
    {
        while (!ranks.IsEmpty)
        {
            if (values.Length <= SortBelow || depth-- == 0)
            {
                values.Sort();
                for (var j = 0; j < ranks.Length; j++)
                {
                    result[j] = values[ranks[j] - offset];
                }
                return;
            }
            var pivot = MedianOfThree(values[0], values[values.Length / 2], values[^1]);
            var split = Partition(values, pivot);
            if (split == 0 || split == values.Length)
            {
                depth = 0; // no progress: let the sort finish this range
                continue;
            }
            var left = 0;
            while (left < ranks.Length && ranks[left] - offset < split)
            {
                left++;
            }
            Select(values[..split], offset, ranks[..left], result[..left], depth);
            values = values[split..];
            offset += split;
            ranks = ranks[left..];
            result = result[left..];
        }
    }

    // Hoare's partition: values[..split] are at most the pivot, values[split..] at least. Equal values stop both
    // scans, so many ties (closed enterprises at 0, capped ones) still split near the middle.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Partition(Span<double> values, double pivot)
    {
        int i = -1, j = values.Length;
        while (true)
        {
            do
            {
                i++;
            }
            while (values[i] < pivot);
            do
            {
                j--;
            }
            while (values[j] > pivot);
            if (i >= j)
            {
                return j + 1;
            }
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
}
