namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>Real growth from levels in consecutive years, deflated by a price index where it covers both years.</summary>
public static class RealGrowth
{
    /// <summary>
    /// g[t] = (level[t] / level[t − 1]) / (price[t] / price[t − 1]) − 1 for each t whose year before is also given and
    /// whose level before is above 0. <paramref name="undeflated"/> lists the years taken as real for want of both prices.
    /// </summary>
    public static IReadOnlyDictionary<int, double> From(
        IReadOnlyDictionary<int, double> levels, IReadOnlyDictionary<int, double>? prices, out IReadOnlyList<int> undeflated)
    {
        var growth = new SortedDictionary<int, double>();
        var missing = new List<int>();
        foreach (var (year, level) in levels.OrderBy(p => p.Key))
        {
            if (!levels.TryGetValue(year - 1, out var before) || before <= 0)
            {
                continue;
            }
            var nominal = level / before;
            if (prices is not null && prices.TryGetValue(year, out var p) && prices.TryGetValue(year - 1, out var pBefore))
            {
                growth[year] = nominal / (p / pBefore) - 1;
            }
            else
            {
                growth[year] = nominal - 1;
                missing.Add(year);
            }
        }
        undeflated = missing;
        return growth;
    }
}
