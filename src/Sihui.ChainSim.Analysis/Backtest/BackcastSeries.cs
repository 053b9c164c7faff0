namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>One metric's fan from the backcast's origin (P10, P50, P90 each year) and the history's figures for it, the origin's included.</summary>
public sealed record BackcastSeries(
    string Metric,
    string Id,
    IReadOnlyList<int> Years,
    IReadOnlyList<double> P10,
    IReadOnlyList<double> P50,
    IReadOnlyList<double> P90,
    IReadOnlyList<int> HistoryYears,
    IReadOnlyList<double> HistoryValues)
{
    /// <summary>The history figures after the origin that fall inside the fan's P10–P90, and how many there are.</summary>
    public (int Inside, int Of) Coverage()
    {
        var inside = 0;
        var of = 0;
        for (var i = 0; i < HistoryYears.Count; i++)
        {
            var at = Years.ToList().IndexOf(HistoryYears[i]);
            if (at < 0)
            {
                continue;
            }
            of++;
            inside += HistoryValues[i] >= P10[at] && HistoryValues[i] <= P90[at] ? 1 : 0;
        }
        return (inside, of);
    }
}
