using Sihui.ChainSim.Analysis.Calibration;
using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Saved;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>
/// A scenario as it would have been written at <see cref="Origin"/> (docs/calibration.md, "Backtest"): its text with
/// base_year at the origin and end_year at the file's base_year, the parameters calibrated on the history up to the
/// origin as the saved variant <see cref="CalibrationVariant.DefaultName"/> (null when nothing could be fitted), and
/// what the rebasing kept and dropped.
/// </summary>
public sealed record RebasedScenario(
    int Origin,
    int EndYear,
    string Text,
    string FileName,
    SavedVariantsText? Calibrated,
    CalibrationResult Calibration,
    IReadOnlyList<string> KeptEnterprises,
    IReadOnlyList<string> DroppedEnterprises,
    IReadOnlyList<string> KeptIndicators,
    IReadOnlyList<string> DroppedIndicators,
    IReadOnlyList<string> KeptProjects,
    IReadOnlyList<string> DroppedProjects,
    IReadOnlyList<AnalysisNote> NoteCodes)
{
    /// <summary>The notes in English.</summary>
    public IReadOnlyList<string> Notes => NoteCodes.Select(n => n.English).ToList();

    /// <summary>The one request every engine takes, with the calibrated variant applied when there is one, then <paramref name="set"/>.</summary>
    public RunRequest Request(int? trials, ulong? seed, IReadOnlyList<OverrideDefinition>? set = null) => new()
    {
        ScenarioText = Text,
        FileName = FileName,
        LoadOptions = new ScenarioLoadOptions
        {
            Variant = Calibrated is null ? null : CalibrationVariant.DefaultName,
            SavedVariants = Calibrated,
            Set = set ?? [],
        },
        Trials = trials,
        Seed = seed,
    };

    /// <summary>The metrics this rebased scenario forecasts whole: a city or industry total is whole only when no enterprise that feeds it was dropped.</summary>
    public bool Covers(string historyMetric, string id, IReadOnlyDictionary<string, string> industryOf)
    {
        return historyMetric switch
        {
            HistoryMetric.TotalOutput => DroppedEnterprises.Count == 0,
            HistoryMetric.ValueAdded when id.Length == 0 => DroppedEnterprises.Count == 0,
            HistoryMetric.IndustryOutput or HistoryMetric.ValueAdded => !DroppedEnterprises.Any(e => industryOf.GetValueOrDefault(e) == id),
            HistoryMetric.EnterpriseOutput => KeptEnterprises.Contains(id, StringComparer.Ordinal),
            HistoryMetric.Indicator => KeptIndicators.Contains(id, StringComparer.Ordinal),
            _ => false,
        };
    }
}
