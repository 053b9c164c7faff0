using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.History;

namespace Sihui.ChainSim.Analysis.Calibration;

/// <summary>
/// Calibrates a scenario's growth, shocks and indicator changes to a checked history: enterprise output becomes real
/// growth (deflated by its industry's price_index where given), the panel is fitted by <see cref="PanelCalibrator"/>,
/// and each fitted value is named by the override path that sets it.
/// </summary>
public static class HistoryCalibration
{
    public static CalibrationResult Calibrate(ScenarioDefinition scenario, IReadOnlyList<HistoryRow> history)
    {
        var notes = new List<AnalysisNote>();
        var prices = Levels(history, HistoryMetric.PriceIndex);
        var outputs = Levels(history, HistoryMetric.EnterpriseOutput);
        var series = new List<FirmSeries>();
        var undeflated = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var enterprise in scenario.Enterprises)
        {
            if (!outputs.TryGetValue(enterprise.Id, out var levels))
            {
                continue;
            }
            var growth = RealGrowth.From(levels, prices.GetValueOrDefault(enterprise.Industry), out var missing);
            if (missing.Count > 0)
            {
                if (!undeflated.TryGetValue(enterprise.Industry, out var years))
                {
                    undeflated[enterprise.Industry] = years = [];
                }
                years.UnionWith(missing);
            }
            series.Add(new FirmSeries(enterprise.Id, enterprise.Industry, growth));
        }
        foreach (var (industry, years) in undeflated)
        {
            notes.Add(AnalysisNotes.NominalAsReal(industry, years));
        }
        var without = scenario.Enterprises.Where(e => !outputs.ContainsKey(e.Id)).Select(e => e.Id).ToList();
        if (without.Count > 0)
        {
            notes.Add(AnalysisNotes.NoEnterpriseHistory(without));
        }

        var panel = PanelCalibrator.Fit(series);
        notes.AddRange(panel.NoteCodes);
        var parameters = new List<FittedParameter>();
        foreach (var firm in panel.Firms)
        {
            var note = firm.FellBack ? AnalysisNotes.IndustryFallback(firm.Industry, firm.N) : null;
            var path = $"enterprises.{firm.Id}.growth";
            var source = firm.FellBack ? panel.Industries.First(i => i.Id == firm.Industry) : null;
            var n = source?.N ?? firm.N;
            var years = source?.Years ?? firm.Years;
            parameters.Add(new FittedParameter($"{path}.mean", firm.PooledMean, firm.MeanError, n, years, note));
            parameters.Add(new FittedParameter($"{path}.sd", firm.Sd, firm.SdError, n, years, note));
        }
        foreach (var industry in panel.Industries.Where(i => i.ShockFitted))
        {
            parameters.Add(new FittedParameter($"industries.{industry.Id}.shock.sd", industry.ShockSd, industry.ShockSdError, industry.Years.Count, industry.Years));
        }
        if (panel.MacroIdentified)
        {
            parameters.Add(new FittedParameter("economy.shock.sd", panel.MacroSd, panel.MacroSdError, panel.MacroYears.Count, panel.MacroYears));
        }
        Indicators(scenario, history, parameters, notes);
        // A degenerate series (every level 0, say) can leave a value undefined: it is left out rather than written.
        foreach (var bad in parameters.Where(p => !double.IsFinite(p.Value)).ToList())
        {
            notes.Add(AnalysisNotes.ValueUndefined(bad.Path));
            parameters.Remove(bad);
        }
        var unused = history.Select(r => r.Metric).Where(m => m is HistoryMetric.TotalOutput or HistoryMetric.IndustryOutput or HistoryMetric.ValueAdded)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        if (unused.Count > 0)
        {
            notes.Add(AnalysisNotes.MetricsUnused(unused));
        }
        return new CalibrationResult(parameters, panel, notes) { Series = series };
    }

    private static void Indicators(ScenarioDefinition scenario, IReadOnlyList<HistoryRow> history, List<FittedParameter> parameters, List<AnalysisNote> notes)
    {
        var levels = Levels(history, HistoryMetric.Indicator);
        foreach (var indicator in scenario.Indicators)
        {
            if (!levels.TryGetValue(indicator.Id, out var series))
            {
                continue;
            }
            if (ChangeFit.Of(series) is not { } fit)
            {
                notes.Add(AnalysisNotes.IndicatorNotFitted(indicator.Id, PanelCalibrator.MinObservations));
                continue;
            }
            var path = $"indicators.{indicator.Id}.annual_change";
            parameters.Add(new FittedParameter($"{path}.mean", fit.Mean, fit.MeanError, fit.N, fit.Years));
            parameters.Add(new FittedParameter($"{path}.sd", fit.Sd, fit.SdError, fit.N, fit.Years));
        }
    }

    /// <summary>id → year → value for one metric.</summary>
    private static Dictionary<string, IReadOnlyDictionary<int, double>> Levels(IReadOnlyList<HistoryRow> history, string metric) =>
        history.Where(r => r.Metric == metric).GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, double>)g.ToDictionary(r => r.Year, r => r.Value), StringComparer.Ordinal);
}
