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
            var (lessEnd, equalEnd) = Partition(values, pivot);
            var lessRanks = 0;
            while (lessRanks < ranks.Length && ranks[lessRanks] - offset < lessEnd)
            {
                lessRanks++;
            }
            var equalRanks = lessRanks;
            while (equalRanks < ranks.Length && ranks[equalRanks] - offset < equalEnd)
            {
                result[equalRanks++] = pivot;
            }
            Select(values[..lessEnd], offset, ranks[..lessRanks], result[..lessRanks], depth);
            values = values[equalEnd..];
            offset += equalEnd;
            ranks = ranks[equalRanks..];
            result = result[equalRanks..];
        }
    }

    // Three ways, so many equal values (closed enterprises at 0, capped ones) end in one pass.
    private static (int LessEnd, int EqualEnd) Partition(Span<double> values, double pivot)
    {
        int less = 0, i = 0, greater = values.Length;
        while (i < greater)
        {
            var v = values[i];
            if (v < pivot)
            {
                (values[less], values[i]) = (v, values[less]);
                less++;
                i++;
            }
            else if (v > pivot)
            {
                greater--;
                (values[greater], values[i]) = (v, values[greater]);
            }
            else
            {
                i++;
            }
        }
        return (less, greater);
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
}
