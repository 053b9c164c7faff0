using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.History;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>
/// <c>calibrate</c>'s backcast of levels: the scenario rebased at the first year the history gives an enterprise's
/// output (<see cref="ScenarioRebase"/>), run with the values fitted to the whole history, as <c>run --variant
/// calibrated</c> would take them, to the base year; each metric the history gives after that year comes back with
/// its fan and its figures. It is a check of fit, not of forecasting: the values were fitted to the same years.
/// </summary>
public static class LevelBackcast
{
    /// <summary>Trials of the backcast unless asked otherwise: one run, a check of fit.</summary>
    public const int DefaultTrials = 1_000;

    /// <summary>The backcast, or null with the reason when the history gives no enterprise's output before the base year.</summary>
    public static async Task<(LevelBackcastResult? Backcast, AnalysisNote? Why)> RunAsync(
        ISimulationRunner runner, string text, string file, ScenarioDefinition scenario, IReadOnlyList<HistoryRow> history,
        int trials, ulong seed, CancellationToken cancellationToken = default)
    {
        var ids = scenario.Enterprises.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var years = history.Where(r => r.Metric == HistoryMetric.EnterpriseOutput && ids.Contains(r.Id) && r.Year < scenario.BaseYear).Select(r => r.Year).ToList();
        if (years.Count == 0)
        {
            return (null, AnalysisNotes.NoBackcastStart(scenario.BaseYear));
        }
        var rebased = ScenarioRebase.Rebase(text, file, scenario, history, years.Min(), fitOn: history);
        var outcome = await runner.RunAsync(rebased.Request(trials, seed), null, cancellationToken).ConfigureAwait(false);
        var forecasts = RunQuantiles.Rows(outcome.Result).ToList();
        var industryOf = scenario.Enterprises.ToDictionary(e => e.Id, e => e.Industry, StringComparer.Ordinal);
        var series = new List<BackcastSeries>();
        var notes = new List<AnalysisNote>(rebased.NoteCodes);
        foreach (var group in history.Where(r => r.Metric != HistoryMetric.PriceIndex && r.Year >= rebased.Origin && r.Year <= rebased.EndYear)
                     .GroupBy(r => (r.Metric, r.Id)))
        {
            var metric = HistoryMetric.RunMetric(group.Key.Metric, group.Key.Id);
            var fan = forecasts.Where(f => f.Metric == metric).OrderBy(f => f.Year).ToList();
            if (!group.Any(r => r.Year > rebased.Origin))
            {
                continue;
            }
            if (!rebased.Covers(group.Key.Metric, group.Key.Id, industryOf) || fan.Count == 0)
            {
                notes.Add(AnalysisNotes.NotInBackcast(group.Key.Metric, group.Key.Id, rebased.Origin));
                continue;
            }
            var points = group.OrderBy(r => r.Year).ToList();
            series.Add(new BackcastSeries(group.Key.Metric, group.Key.Id, fan.Select(f => f.Year).ToList(),
                fan.Select(f => f.Forecast.At(10)).ToList(), fan.Select(f => f.Forecast.At(50)).ToList(), fan.Select(f => f.Forecast.At(90)).ToList(),
                points.Select(p => p.Year).ToList(), points.Select(p => p.Value).ToList()));
        }
        return (new LevelBackcastResult(rebased.Origin, rebased.EndYear, series, notes.Select(n => n.English).ToList()) { NoteCodes = notes }, null);
    }
}
