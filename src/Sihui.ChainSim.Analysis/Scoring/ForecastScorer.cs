using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Analysis.Scoring;

/// <summary>Scores actuals against forecasts held as percentiles, row by row and over all rows.</summary>
public static class ForecastScorer
{
    public const int HistogramBins = 10;

    public static ScoreRow Score(string metric, string id, int year, double actual, ForecastQuantiles forecast) =>
        new(metric, id, year, actual, forecast.Pit(actual), forecast.InsideP10P90(actual), forecast.P50ErrorPercent(actual), forecast.Crps(actual));

    public static ScoreSummary Summarize(IReadOnlyList<ScoreRow> rows)
    {
        var histogram = new int[HistogramBins];
        foreach (var row in rows)
        {
            histogram[Math.Min(HistogramBins - 1, (int)(row.Pit * HistogramBins))]++;
        }
        var inside = rows.Count(r => r.InsideP10P90);
        var (low, high) = TrialStatistics.Wilson95(inside, rows.Count);
        return rows.Count == 0
            ? new ScoreSummary(0, double.NaN, double.NaN, double.NaN, double.NaN, histogram, double.NaN)
            : new ScoreSummary(rows.Count, (double)inside / rows.Count, low, high, rows.Average(r => r.Pit), histogram, rows.Average(r => r.Crps));
    }
}
