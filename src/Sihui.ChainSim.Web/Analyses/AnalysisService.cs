using Microsoft.Extensions.Options;
using Sihui.ChainSim.Analysis.Backtest;
using Sihui.ChainSim.Analysis.Calibration;
using Sihui.ChainSim.Analysis.Notes;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Analysis.Sensitivity;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Endpoints;
using Sihui.ChainSim.Web.Runs;

namespace Sihui.ChainSim.Web.Analyses;

/// <summary>
/// Turns a parsed analysis body into a job on the served scenario: each column checked as a run is (the loader's rules,
/// then the shared <see cref="AnalysisInputs"/>), the trial cap and the work budget counted over every run, and the
/// Analysis library's code to run it, on <see cref="RecentRuns"/>. Problems go into the errors by field; the job is null then.
/// </summary>
public sealed class AnalysisService(RecentRuns runner, RunService runs, ScenarioSnapshots snapshots, ScenarioCatalog catalog, IOptions<WebOptions> options)
{
    public AnalysisJob? Compare(ScenarioEntry entry, CompareBody body, IDictionary<string, string[]> errors)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var columns = new List<LabelledRun>();
        for (var i = 0; i < body.Columns.Count; i++)
        {
            var asked = body.Columns[i];
            var column = Column(entry, asked, Unique(labels, asked.Label ?? asked.Variant ?? "baseline"), $"columns[{i}].", errors);
            if (column is not null)
            {
                columns.Add(column);
            }
        }
        if (errors.Count > 0)
        {
            return null;
        }
        var trials = Trials(body.Trials, columns[0].Request.Trials!.Value, errors);
        (LabelledRun From, LabelledRun To)? pair = body.Explain is { } e ? (columns[e.From], columns[e.To]) : null;
        string? targetId = null;
        if (pair is { } p)
        {
            targetId = Checked(() => AnalysisInputs.Target(p.From, body.Target).Id, errors);
        }
        if (errors.Count > 0)
        {
            return null;
        }
        var costs = columns.Select(c => (c.Request, 1)).ToList();
        if (pair is { } q)
        {
            costs.Add((q.From.Request, GapExplainer.RunsNeeded(q.From, q.To)));
        }
        if (!WithinBudget(entry, costs, trials, errors))
        {
            return null;
        }
        var settings = Settings(trials, body.Seed);
        return new AnalysisJob(null, async (_, cancellationToken) =>
        {
            var comparison = await Comparer.RunAsync(runner, columns, settings, cancellationToken).ConfigureAwait(false);
            // Conditioned, the gap's runs use the trials the comparison fixed from the baseline's ESS, as the CLI does.
            var gapSettings = comparison.Conditioning is null ? settings : settings with { Trials = comparison.Trials };
            var gap = pair is { } r
                ? await GapExplainer.ExplainAsync(runner, r.From, r.To, targetId, gapSettings, cancellationToken).ConfigureAwait(false)
                : null;
            return (comparison, gap);
        }, (result, compact) =>
        {
            var (comparison, gap) = ((ComparisonResult, GapExplanation?))result;
            var document = AnalysisJson.Comparison(comparison, gap);
            return compact ? System.Text.Json.Nodes.JsonNode.Parse(document)!.ToJsonString(AnalysisJson.LineOptions) : document;
        });
    }

    public AnalysisJob? Sensitivity(ScenarioEntry entry, SensitivityBody body, IDictionary<string, string[]> errors)
    {
        var column = Column(entry, body.Base, body.Base.Variant ?? "baseline", "", errors);
        if (column is null)
        {
            return null;
        }
        var target = Checked(() => AnalysisInputs.Target(column, body.Target), errors);
        var ranges = Checked(() => AnalysisInputs.Parameters(column, body.Params), errors);
        var trials = Trials(body.Trials, Math.Min(SensitivityAnalyzer.DefaultTrials, options.Value.MaxTrials), errors);
        if (errors.Count > 0 || target is null || ranges is null)
        {
            return null;
        }
        var total = 1 + 2 * ranges.Count;
        if (!WithinBudget(entry, [(column.Request, total)], trials, errors))
        {
            return null;
        }
        var seed = body.Seed ?? ScenarioCompiler.Load(column.Request).Seed;
        var settings = Settings(trials, seed);
        var start = AnalysisJson.Line(new StartLine("start", target.Id, total, ranges.Count, trials, seed));
        return new AnalysisJob(start, async (line, cancellationToken) =>
            await SensitivityAnalyzer.RunAsync(runner, column, target.Id, ranges, settings, cancellationToken,
                line is null ? null : bar => line(AnalysisJson.Line(new BarLine("bar", bar.Done, bar.Of, bar.BaseProbability, bar.BaseP50, bar.Bar))))
                .ConfigureAwait(false),
            (result, compact) => compact ? AnalysisJson.Line((SensitivityResult)result) : AnalysisJson.Serialize((SensitivityResult)result));
    }

    public AnalysisJob? GoalSeek(ScenarioEntry entry, GoalSeekBody body, IDictionary<string, string[]> errors)
    {
        var column = Column(entry, body.Base, body.Base.Variant ?? "baseline", "", errors);
        if (column is null)
        {
            return null;
        }
        var request = new GoalSeekRequest
        {
            TargetId = body.Target, Path = body.Param, Probability = body.Probability, Min = body.Min, Max = body.Max, Tolerance = body.Tolerance,
        };
        Checked(() => AnalysisInputs.Target(column, body.Target), errors);
        var range = errors.Count > 0 ? null : Checked<(double, double, double)?>(() => AnalysisInputs.GoalSeekRange(column, request), errors);
        var trials = Trials(body.Trials, column.Request.Trials!.Value, errors);
        if (errors.Count > 0 || range is not { } bracket)
        {
            return null;
        }
        var (min, max, tolerance) = bracket;
        var total = AnalysisInputs.GoalSeekRuns(min, max, tolerance);
        if (!WithinBudget(entry, [(column.Request, total)], trials, errors))
        {
            return null;
        }
        var seed = body.Seed ?? ScenarioCompiler.Load(column.Request).Seed;
        var settings = Settings(trials, seed);
        var start = AnalysisJson.Line(new GoalSeekStartLine("start", total, trials, seed));
        return new AnalysisJob(start, async (line, cancellationToken) =>
        {
            var n = 0;
            return await GoalSeeker.SeekAsync(runner, column, request, settings, cancellationToken,
                line is null ? null : step => line(AnalysisJson.Line(new StepLine("step", Interlocked.Increment(ref n), step.Value, step.Probability, step.P50))))
                .ConfigureAwait(false);
        }, (result, compact) => compact ? AnalysisJson.Line((GoalSeekResult)result) : AnalysisJson.Serialize((GoalSeekResult)result));
    }

    /// <summary>
    /// <c>chainsim calibrate --json</c> on the served file: the history read and fitted by the CLI's code (refused at its
    /// line and column under <c>history</c>), then the level backcast as one run, counted against the budgets. Writes no variant.
    /// </summary>
    public AnalysisJob? Calibrate(ScenarioEntry entry, CalibrateBody body, IDictionary<string, string[]> errors)
    {
        var snapshot = snapshots.Get(entry);
        var scenario = snapshot.Baseline;
        var trials = Trials(body.Trials, LevelBackcast.DefaultTrials, errors);
        var (rows, historyName) = CalibrationHistory.Read(catalog, entry, body.History, scenario, errors);
        if (rows is null || errors.Count > 0)
        {
            return null;
        }
        var fit = HistoryCalibration.Calibrate(scenario, rows);
        if (CalibrationReport.NothingFitted(fit, entry.FileName, historyName) is { } nothing)
        {
            errors[CalibrationHistory.Field(body.History)] = [nothing];
            return null;
        }
        if (!WithinBudget(entry, [(runs.Request(entry, null), 1)], trials, errors))
        {
            return null;
        }
        var seed = body.Seed ?? scenario.Seed;
        return new AnalysisJob(null, async (_, cancellationToken) =>
        {
            (LevelBackcastResult? Backcast, AnalysisNote? Why) levels;
            try
            {
                levels = await LevelBackcast.RunAsync(runner, snapshot.Text, entry.FileName, scenario, rows, trials, seed, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ScenarioValidationException or ArgumentException)
            {
                // As the CLI: a scenario that cannot be rebased has no level backcast, and the answer says why.
                levels = (null, AnalysisNotes.BackcastFailed(string.Join(" ", ex.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
            }
            return CalibrationReport.Of(fit, entry.FileName, historyName, null, null).WithBackcast(levels.Backcast, levels.Why);
        }, (result, compact) => compact ? AnalysisJson.Line((CalibrationReport)result) : AnalysisJson.Serialize((CalibrationReport)result));
    }

    /// <summary>A column checked as a run request is: its set paths, its variant, and the values the loader refuses.</summary>
    private LabelledRun? Column(ScenarioEntry entry, ColumnBody asked, string label, string prefix, IDictionary<string, string[]> errors)
    {
        var request = runs.Request(entry, asked.Variant);
        request = request with { LoadOptions = request.LoadOptions with { Set = asked.Set } };
        var before = errors.Count;
        foreach (var (field, messages) in runs.Check(entry, request))
        {
            errors[prefix + field] = messages;
        }
        if (errors.Count > before)
        {
            return null;
        }
        try
        {
            ScenarioCompiler.Load(request);
        }
        catch (ScenarioValidationException ex)
        {
            foreach (var (field, messages) in ApiProblems.ScenarioErrors(ex, asked.Set.Select(s => s.Path), prefix))
            {
                errors[field] = messages;
            }
            return null;
        }
        return new LabelledRun(label, request);
    }

    private int Trials(int? asked, int fallback, IDictionary<string, string[]> errors)
    {
        var max = options.Value.MaxTrials;
        if (asked is { } trials && (trials < 1 || trials > max))
        {
            errors["trials"] = [$"trials must be between 1 and {max} (the server's cap), got {trials}"];
        }
        return asked ?? Math.Min(fallback, max);
    }

    /// <summary>Each run within the per-run budget, and all of them within the analysis budget; else a 400 on trials.</summary>
    private bool WithinBudget(ScenarioEntry entry, IReadOnlyList<(RunRequest Request, int Runs)> costs, int trials, IDictionary<string, string[]> errors)
    {
        var scenario = snapshots.Get(entry).Baseline;
        foreach (var (request, _) in costs)
        {
            if (WorkBudget.Problem(scenario, request with { Trials = trials }, options.Value.MaxWork) is { } tooBig)
            {
                errors["trials"] = [tooBig];
                return false;
            }
        }
        var work = costs.Sum(c => c.Runs * WorkBudget.Work(scenario, c.Request, trials));
        if (WorkBudget.AnalysisProblem(work, costs.Sum(c => c.Runs), trials, options.Value.MaxAnalysisWork) is { } problem)
        {
            errors["trials"] = [problem];
            return false;
        }
        return true;
    }

    private AnalysisSettings Settings(int trials, ulong? seed) => new()
    {
        Trials = trials,
        Seed = seed,
        // Only a scenario with its own observations draws more: never beyond the trial cap.
        MaxTrials = (int)Math.Min((long)trials * NowcastRuns.DefaultMaxTrialsFactor, options.Value.MaxTrials),
    };

    private static T? Checked<T>(Func<T> check, IDictionary<string, string[]> errors)
    {
        try
        {
            return check();
        }
        catch (AnalysisInputException ex)
        {
            errors[ex.Field] = [ex.Message];
            return default;
        }
    }

    // As the CLI's columns: a repeated label gets #2, #3, ...
    private static string Unique(HashSet<string> labels, string label)
    {
        var candidate = label;
        for (var n = 2; !labels.Add(candidate); n++)
        {
            candidate = $"{label}#{n}";
        }
        return candidate;
    }

    private sealed record StartLine(string Type, string TargetId, int Runs, int Bars, int Trials, ulong Seed);

    private sealed record BarLine(string Type, int Done, int Of, double BaseProbability, double BaseP50, TornadoBar Bar);

    private sealed record GoalSeekStartLine(string Type, int Runs, int Trials, ulong Seed);

    private sealed record StepLine(string Type, int N, double Value, double Probability, double P50);
}
