using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Analysis.Comparison;

/// <summary>
/// Explains the gap between two columns of the same scenario file: each differing override applied alone on top of A,
/// with common random numbers, and the interaction left over; plus the change in mean total output by industry and park.
/// </summary>
public static class GapExplainer
{
    public static async Task<GapExplanation> ExplainAsync(
        ISimulationRunner runner, LabelledRun from, LabelledRun to, string? targetId = null,
        AnalysisSettings? settings = null, CancellationToken cancellationToken = default)
    {
        if (!from.SameFileAs(to))
        {
            throw new ArgumentException("explaining a gap needs two columns of the same scenario file (variants or overrides)", nameof(to));
        }
        var notes = new List<AnalysisNote>();
        var changes = Changes(from, to, notes);
        var runs = AnalysisRunner.Create(runner, from, settings ?? new AnalysisSettings());
        var pair = await runs.RunAllAsync([from, to], cancellationToken).ConfigureAwait(false);
        var (a, b) = (pair[0], pair[1]);
        var target = TargetLookup.Find(a, targetId);

        var singles = await RunSinglesAsync(runs, from, changes, cancellationToken).ConfigureAwait(false);
        var valueA = a.Result.Targets.First(t => t.TargetId == target.Id).Value;
        var valueB = b.Result.Targets.First(t => t.TargetId == target.Id).Value;
        var parts = new List<AssumptionPart>();
        for (var i = 0; i < changes.Count; i++)
        {
            var (change, outcome, error) = (changes[i], singles[i].Outcome, singles[i].Error);
            var value = outcome?.Result.Targets.First(t => t.TargetId == target.Id).Value;
            parts.Add(new AssumptionPart(change.Path, change.FromValue, change.ToValue,
                value is null ? null : value.P50 - valueA.P50, value is null ? null : value.Mean - valueA.Mean, error));
        }
        var p50 = Totals(valueA.P50, valueB.P50, parts.Select(p => p.P50Effect));
        var mean = Totals(valueA.Mean, valueB.Mean, parts.Select(p => p.MeanEffect));
        var byIndustry = OutputSplits.ByIndustry(a, b, target.Year);
        var byPark = OutputSplits.ByPark(a, b, target.Year);
        var sentence = GapSentence.Of(to.Label, from.Label, target.Year, byPark);
        return new GapExplanation(target.Id, target.Metric, target.Year, from.Label, to.Label, p50, mean, parts,
            byIndustry, byPark, sentence, runs.RunsUsed, notes.Select(n => n.English).ToList())
        {
            NoteCodes = notes,
        };
    }

    /// <summary>The runs <see cref="ExplainAsync"/> takes: both columns, then each differing assumption alone (for a budget, before any run).</summary>
    public static int RunsNeeded(LabelledRun from, LabelledRun to) => 2 + Changes(from, to, []).Count;

    // Total = To − From; the interaction is what the parts (in order) leave over, so Σ parts + interaction = Total.
    internal static GapTotals Totals(double from, double to, IEnumerable<double?> effects)
    {
        var total = to - from;
        var sum = 0.0;
        foreach (var effect in effects)
        {
            sum += effect ?? 0;
        }
        return new GapTotals(from, to, total, total - sum);
    }

    private sealed record Change(string Path, string? FromValue, string ToValue);

    /// <summary>B's overrides that A lacks or sets otherwise, then A's overrides that B leaves at the file's value.</summary>
    private static List<Change> Changes(LabelledRun from, LabelledRun to, List<AnalysisNote> notes)
    {
        var a = ColumnOverrides.Effective(from).ToDictionary(o => o.Path, o => o.Value, StringComparer.Ordinal);
        var b = ColumnOverrides.Effective(to);
        var changes = new List<Change>();
        foreach (var item in b)
        {
            var fromValue = a.GetValueOrDefault(item.Path);
            if (fromValue != item.Value)
            {
                changes.Add(new Change(item.Path, fromValue, item.Value));
            }
        }
        foreach (var (path, value) in a.Where(kv => b.All(o => o.Path != kv.Key)))
        {
            var fileValue = ScenarioPaths.ReadYaml(from.Request.ScenarioText, path, fileName: from.Request.FileName);
            if (fileValue is null)
            {
                notes.Add(AnalysisNotes.AbsentFromFile(path, from.Label));
                continue;
            }
            changes.Add(new Change(path, value, fileValue));
        }
        return changes;
    }

    private static async Task<(RunOutcome? Outcome, string? Error)[]> RunSinglesAsync(
        AnalysisRunner runs, LabelledRun from, List<Change> changes, CancellationToken cancellationToken)
    {
        var results = new (RunOutcome?, string?)[changes.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = runs.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, changes.Count), options, async (i, ct) =>
        {
            var column = from.With(new OverrideDefinition(changes[i].Path, changes[i].ToValue));
            try
            {
                results[i] = (await runs.RunAsync(column, ct).ConfigureAwait(false), null);
            }
            catch (ScenarioValidationException e)
            {
                results[i] = (null, $"not valid on its own: {e.Message}");
            }
        }).ConfigureAwait(false);
        return results;
    }
}
