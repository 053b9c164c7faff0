using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>
/// "How good would this model have been?": for each origin from <c>from</c> to the year before the base year, rebases
/// the scenario there (<see cref="ScenarioRebase"/>), forecasts to the base year on any runner, and scores every actual
/// the history gives after the origin against that forecast's percentiles (<see cref="ForecastScorer"/>).
/// </summary>
public static class Backtester
{
    /// <summary>The origins a backtest from <paramref name="from"/> takes; throws <see cref="ArgumentException"/> for a year outside the history or not before the base year.</summary>
    public static IReadOnlyList<int> Origins(ScenarioDefinition scenario, IReadOnlyList<HistoryRow> history, int from)
    {
        if (history.Count == 0)
        {
            throw new ArgumentException("the history has no figures");
        }
        var first = history.Min(r => r.Year);
        var last = history.Max(r => r.Year);
        if (from >= scenario.BaseYear)
        {
            throw new ArgumentException($"--from {from} must be before the scenario's base_year {scenario.BaseYear}: a backtest forecasts from it to the base year");
        }
        if (from < first || from > last)
        {
            throw new ArgumentException($"--from {from} is outside the history, which runs {first}–{last}");
        }
        return Enumerable.Range(from, scenario.BaseYear - from).ToList();
    }

    /// <summary>
    /// Rebases every origin first (so bad input fails before any run), then runs and scores them in turn. An origin
    /// where the history gives no enterprise is skipped and said so; when every one is, it throws <see cref="ScenarioValidationException"/>.
    /// </summary>
    public static async Task<BacktestReport> RunAsync(ISimulationRunner runner, BacktestInput input, CancellationToken cancellationToken = default)
    {
        var (scenario, history) = (input.Scenario, input.History);
        var origins = Origins(scenario, history, input.From);
        var unscored = new List<AnalysisNote>();
        var rebased = new List<RebasedScenario>();
        var skipped = new List<ScenarioError>();
        foreach (var origin in origins)
        {
            try
            {
                rebased.Add(ScenarioRebase.Rebase(input.Text, input.File, scenario, history, origin));
            }
            catch (ScenarioValidationException ex) when (ex.Errors.All(e => e.Path == "enterprises"))
            {
                skipped.AddRange(ex.Errors);
                unscored.Add(AnalysisNotes.OriginSkipped(origin, scenario.Name));
            }
        }
        if (rebased.Count == 0)
        {
            throw new ScenarioValidationException(skipped);
        }
        var trials = input.Trials ?? scenario.Trials;
        var seed = input.Seed ?? scenario.Seed;
        var draws = Math.Max(1, input.ParameterDraws);
        var industryOf = scenario.Enterprises.ToDictionary(e => e.Id, e => e.Industry, StringComparer.Ordinal);
        var rows = new List<BacktestRow>();
        var summaries = new List<BacktestOrigin>();
        foreach (var r in rebased)
        {
            var forecasts = await ForecastAsync(runner, r, trials, seed, draws, cancellationToken).ConfigureAwait(false);
            var actuals = new List<HistoryRow>();
            foreach (var actual in history.Where(a => a.Year > r.Origin && a.Year <= r.EndYear && a.Metric != HistoryMetric.PriceIndex))
            {
                if (r.Covers(actual.Metric, actual.Id, industryOf))
                {
                    actuals.Add(actual);
                }
                else
                {
                    unscored.Add(Why(actual, r.Origin));
                }
            }
            var scored = ActualsScoring.Score(actuals, forecasts);
            unscored.AddRange(scored.UnscoredCodes.Select(u => AnalysisNotes.FromOrigin(u, r.Origin)));
            rows.AddRange(scored.Rows.Select(s => new BacktestRow(r.Origin, s.Year - r.Origin, s.Metric, s.Id, s.Year, s.Actual, s.Pit, s.InsideP10P90, s.P50Error, s.Crps)));
            summaries.Add(new BacktestOrigin(r.Origin, scored.Rows.Count, r.KeptEnterprises, r.DroppedEnterprises, r.KeptIndicators, r.DroppedIndicators,
                r.KeptProjects, r.DroppedProjects, r.Calibration.Parameters, r.Notes) { NoteCodes = r.NoteCodes });
        }
        var byHorizon = rows.GroupBy(row => row.Horizon).OrderBy(g => g.Key)
            .Select(g => new HorizonSummary(g.Key, ForecastScorer.Summarize(g.Select(AsScore).ToList()))).ToList();
        return new BacktestReport(scenario.Name, input.HistoryFile, input.From, scenario.BaseYear, trials, seed, draws, rows,
            ForecastScorer.Summarize(rows.Select(AsScore).ToList()), byHorizon, summaries, unscored.Select(u => u.English).ToList())
        {
            UnscoredCodes = unscored,
        };
    }

    /// <summary>
    /// The forecast from one origin: with several draws, each runs its share of the trials with its own seed and fitted
    /// means drawn from their errors, and the runs are mixed into one forecast per metric and year.
    /// </summary>
    private static async Task<Dictionary<(string Metric, int Year), ForecastQuantiles>> ForecastAsync(
        ISimulationRunner runner, RebasedScenario rebased, int trials, ulong seed, int draws, CancellationToken cancellationToken)
    {
        var sets = ParameterDraws.Of(rebased.Calibration, draws, seed, rebased.Origin);
        var share = Math.Max(1, (trials + sets.Count - 1) / sets.Count);
        var parts = new Dictionary<(string Metric, int Year), List<ForecastQuantiles>>();
        for (var k = 0; k < sets.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = rebased.Request(sets.Count == 1 ? trials : share, seed + (ulong)k, sets[k]);
            var outcome = await runner.RunAsync(request, null, cancellationToken).ConfigureAwait(false);
            foreach (var (metric, year, forecast) in RunQuantiles.Rows(outcome.Result))
            {
                if (!parts.TryGetValue((metric, year), out var list))
                {
                    parts[(metric, year)] = list = [];
                }
                list.Add(forecast);
            }
        }
        return parts.ToDictionary(p => p.Key, p => ForecastMixture.Of(p.Value));
    }

    public static ScoreRow AsScore(BacktestRow r) => new(r.Metric, r.Id, r.Year, r.Actual, r.Pit, r.InsideP10P90, r.P50Error, r.Crps);

    private static AnalysisNote Why(HistoryRow actual, int origin) => actual.Metric switch
    {
        HistoryMetric.EnterpriseOutput => AnalysisNotes.DroppedNoFigure(origin, actual.Source, actual.Metric, actual.Id, actual.Year),
        HistoryMetric.Indicator => AnalysisNotes.DroppedNoLevel(origin, actual.Source, actual.Metric, actual.Id, actual.Year),
        _ => AnalysisNotes.TotalIncomplete(origin, actual.Source, actual.Metric, actual.Id, actual.Year),
    };
}
