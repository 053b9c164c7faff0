using System.Numerics;

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

    /// <summary>
    /// Sets <paramref name="result"/>[j] to the value of rank <paramref name="ranks"/>[j] (0-based, ascending,
    /// repeats allowed) in <paramref name="values"/>, which it reorders.
    /// </summary>
    public static void Select(Span<double> values, ReadOnlySpan<int> ranks, Span<double> result)
    {
        if (values.IsEmpty)
        {
            return;
        }
        // Past this depth the pivots are going badly (an adversarial order); a sort bounds the cost at O(n log n).
        var depth = 2 * (BitOperations.Log2((uint)values.Length) + 1);
        Select(values, 0, ranks, result[..ranks.Length], depth);
    }

    // values[0] has rank offset in the whole; every rank asked lies in [offset, offset + values.Length).
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
