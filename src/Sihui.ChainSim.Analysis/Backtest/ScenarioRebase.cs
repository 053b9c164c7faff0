using System.Globalization;
using Sihui.ChainSim.Analysis.Calibration;
using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.History;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Saved;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>
/// Rebases a scenario at an earlier origin year using only what the history knew by then (docs/calibration.md,
/// "Backtest"). Kept: enterprises and indicators with a history figure at the origin, which becomes their level;
/// industries, linkages, parks with their attraction, and named projects already producing. Dropped: enterprises and
/// indicators without a figure at the origin, projects not yet producing, dated capacity, land and power additions,
/// targets, variants, tunables, observations and seasonality. Growth, shocks and indicator changes are calibrated on the
/// history up to the origin, and price indices are fitted to it; what is too short keeps the file's values, with a note.
/// The rebased text is the file's YAML tree, edited and written back as one line of flow YAML.
/// </summary>
public static class ScenarioRebase
{
    /// <summary>Watch targets the rebasing adds so that kept enterprises get percentiles: their id starts with this.</summary>
    public const string WatchPrefix = "backtest_watch_";

    private static readonly string[] DroppedKeys = ["targets", "variants", "tunables", "observations", "seasonality"];

    /// <summary>
    /// Rebases <paramref name="text"/> (the file <paramref name="scenario"/> was loaded from, without a variant) at
    /// <paramref name="origin"/>, before its base year. Throws <see cref="ArgumentException"/> for an origin not before
    /// the base year, and <see cref="ScenarioValidationException"/> when the history has no enterprise at the origin.
    /// Parameters are fitted to the history up to the origin, or to <paramref name="fitOn"/> when given (a backcast
    /// fits the whole history and shows how it sits in the fan those values draw).
    /// </summary>
    public static RebasedScenario Rebase(
        string text, string file, ScenarioDefinition scenario, IReadOnlyList<HistoryRow> history, int origin, IReadOnlyList<HistoryRow>? fitOn = null)
    {
        if (origin >= scenario.BaseYear)
        {
            throw new ArgumentException($"the origin {origin} must be before the scenario's base_year {scenario.BaseYear}");
        }
        var errors = new ErrorList();
        if (YamlTreeReader.Read(text, file, errors) is not MappingNode tree)
        {
            errors.ThrowIfAny();
            throw new ArgumentException($"{file}: the top level is not a mapping");
        }
        var known = history.Where(r => r.Year <= origin).ToList();
        var atOrigin = known.Where(r => r.Year == origin).ToDictionary(r => (r.Metric, r.Id), r => r.Value);
        var notes = new List<AnalysisNote>();

        Set(tree, "base_year", Number(origin));
        Set(tree, "end_year", Number(scenario.BaseYear));
        foreach (var key in DroppedKeys)
        {
            tree.Entries.RemoveAll(e => e.Key.Value == key);
        }

        var (keptEnterprises, droppedEnterprises) = Filter(tree, "enterprises", (node, id) =>
        {
            if (!atOrigin.TryGetValue((HistoryMetric.EnterpriseOutput, id), out var output))
            {
                return false;
            }
            var definition = scenario.Enterprises.First(e => e.Id == id);
            Set(node, "output", Number(output));
            if (definition.Capacity is { } capacity)
            {
                // Capacity is kept in proportion to output: the history gives no capacity, and the ratio is what binds.
                Set(node, "capacity", Number(definition.Output > 0 ? capacity * output / definition.Output : capacity));
            }
            node.Entries.RemoveAll(e => e.Key.Value == "capacity_additions");
            return true;
        });
        if (keptEnterprises.Count == 0)
        {
            throw new ScenarioValidationException(
                [new ScenarioError(file, 1, 1, "enterprises", $"the history gives no enterprise_output in {origin} for any enterprise of {scenario.Name}, so there is nothing to forecast from")]);
        }
        var (keptIndicators, droppedIndicators) = Filter(tree, "indicators", (node, id) =>
        {
            if (!atOrigin.TryGetValue((HistoryMetric.Indicator, id), out var level))
            {
                return false;
            }
            var definition = scenario.Indicators.First(i => i.Id == id);
            Set(node, "initial", Number(definition.IsCount ? Math.Max(0, Math.Round(level)) : level));
            return true;
        });
        var (keptProjects, droppedProjects) = Filter(tree, "projects",
            (_, id) => scenario.Projects.First(p => p.Id == id).Stage == ProjectStage.Producing);
        foreach (var park in Items(tree, "parks"))
        {
            park.Entries.RemoveAll(e => e.Key.Value is "land_additions" or "power_additions");
        }
        Prices(tree, scenario, known, origin, notes);
        WatchEnterprises(tree, keptEnterprises, scenario.BaseYear);

        var kept = scenario with
        {
            Enterprises = scenario.Enterprises.Where(e => keptEnterprises.Contains(e.Id)).ToList(),
            Indicators = scenario.Indicators.Where(i => keptIndicators.Contains(i.Id)).ToList(),
        };
        var calibration = HistoryCalibration.Calibrate(kept, fitOn ?? known);
        notes.AddRange(calibration.NoteCodes);
        var rebasedFile = $"{Path.GetFileNameWithoutExtension(file)}-from-{origin}.yaml";
        SavedVariantsText? calibrated = null;
        if (calibration.Parameters.Count == 0)
        {
            notes.Add(AnalysisNotes.NothingCalibrated(fitOn is null ? origin : null));
        }
        else
        {
            var bytes = CalibrationVariant.Sidecar(rebasedFile, [], kept, calibration, CalibrationVariant.DefaultName, fitOn is null ? $"history up to {origin}" : "the history");
            calibrated = new SavedVariantsText(System.Text.Encoding.UTF8.GetString(bytes), SavedVariantFile.SidecarOf(rebasedFile));
        }
        WithoutNulls(tree);
        return new RebasedScenario(origin, scenario.BaseYear, FlowWriter.Write(tree), rebasedFile, calibrated, calibration,
            keptEnterprises, droppedEnterprises, keptIndicators, droppedIndicators, keptProjects, droppedProjects, notes);
    }

    /// <summary>An industry with at least 3 price changes up to the origin takes the fitted drift and volatility (its mean reversion stays the file's).</summary>
    private static void Prices(MappingNode tree, ScenarioDefinition scenario, IReadOnlyList<HistoryRow> known, int origin, List<AnalysisNote> notes)
    {
        foreach (var node in Items(tree, "industries"))
        {
            var id = Id(node);
            var levels = known.Where(r => r.Metric == HistoryMetric.PriceIndex && r.Id == id).ToDictionary(r => r.Year, r => r.Value);
            if (levels.Count == 0)
            {
                continue;
            }
            if (PriceFit.Of(levels) is not { } fit)
            {
                notes.Add(AnalysisNotes.PriceNotFitted(id, PanelCalibrator.MinObservations, origin));
                continue;
            }
            var reversion = scenario.Industries.First(i => i.Id == id).Price?.MeanReversion ?? 0;
            Set(node, "price", Flow($"{{drift: {Number(fit.Drift)}, volatility: {Number(fit.Volatility)}, mean_reversion: {Number(reversion)}}}"));
            notes.Add(AnalysisNotes.PriceFitted(id, fit.Drift, fit.Volatility, fit.Years));
        }
    }

    /// <summary>A target on each kept enterprise's output, met by any value, so the run keeps its trials for percentiles.</summary>
    private static void WatchEnterprises(MappingNode tree, IReadOnlyList<string> enterprises, int year)
    {
        var targets = enterprises.Select((id, i) =>
            (YamlNode)Flow($"{{id: {WatchPrefix}{i + 1}, metric: \"enterprise_output:{id}\", year: {Number(year)}, at_least: 0}}")).ToList();
        Set(tree, "targets", new SequenceNode(tree.Mark, targets));
    }

    /// <summary>Keeps the items of list <paramref name="key"/> that <paramref name="keep"/> accepts (it may edit them); returns the ids kept and dropped.</summary>
    private static (List<string> Kept, List<string> Dropped) Filter(MappingNode tree, string key, Func<MappingNode, string, bool> keep)
    {
        var kept = new List<string>();
        var dropped = new List<string>();
        if (tree.Get(key) is not SequenceNode list)
        {
            return (kept, dropped);
        }
        list.Items.RemoveAll(item =>
        {
            var node = (MappingNode)item;
            var id = Id(node);
            var stays = keep(node, id);
            (stays ? kept : dropped).Add(id);
            return !stays;
        });
        return (kept, dropped);
    }

    /// <summary>A key given no value means the key is absent; flow text would write the null as a quoted string, so it is taken out.</summary>
    private static void WithoutNulls(YamlNode node)
    {
        switch (node)
        {
            case MappingNode mapping:
                mapping.Entries.RemoveAll(e => e.Value is ScalarNode { IsNull: true });
                mapping.Entries.ForEach(e => WithoutNulls(e.Value));
                break;
            case SequenceNode sequence:
                sequence.Items.ForEach(WithoutNulls);
                break;
        }
    }

    private static IEnumerable<MappingNode> Items(MappingNode tree, string key) =>
        tree.Get(key) is SequenceNode list ? list.Items.OfType<MappingNode>() : [];

    private static string Id(MappingNode node) => ((ScalarNode)node.Get("id")!).Value;

    private static void Set(MappingNode node, string key, string plain) => Set(node, key, new ScalarNode(node.Mark, plain, isPlain: true));

    private static void Set(MappingNode node, string key, YamlNode value) => node.Set(new ScalarNode(node.Mark, key, isPlain: true), value);

    private static YamlNode Flow(string yaml)
    {
        var errors = new ErrorList();
        var node = YamlTreeReader.Read(yaml, "rebase", errors);
        errors.ThrowIfAny();
        return node!;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
