using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.Scenarios.History;

namespace Sihui.ChainSim.Analysis.Scoring;

/// <summary>Scores each actual of a history file that has a forecast in a run's quantiles, and says which had none.</summary>
public static class ActualsScoring
{
    public static ScoreReport Score(IReadOnlyList<HistoryRow> actuals, IReadOnlyDictionary<(string Metric, int Year), ForecastQuantiles> forecasts)
    {
        var rows = new List<ScoreRow>();
        var unscored = new List<AnalysisNote>();
        foreach (var actual in actuals)
        {
            var metric = HistoryMetric.RunMetric(actual.Metric, actual.Id);
            if (metric is not null && forecasts.TryGetValue((metric, actual.Year), out var forecast))
            {
                rows.Add(ForecastScorer.Score(actual.Metric, actual.Id, actual.Year, actual.Value, forecast));
            }
            else
            {
                unscored.Add(metric is null
                    ? AnalysisNotes.NoPriceForecast(actual.Source, actual.Metric, actual.Id, actual.Year)
                    : AnalysisNotes.NoForecast(actual.Source, actual.Metric, actual.Id, actual.Year, metric));
            }
        }
        return new ScoreReport(rows, ForecastScorer.Summarize(rows), unscored.Select(u => u.English).ToList()) { UnscoredCodes = unscored };
    }
}
