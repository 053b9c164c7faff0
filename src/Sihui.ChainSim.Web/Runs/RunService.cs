using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Overrides;
using Sihui.ChainSim.Scenarios.Loading.Tree;
using Sihui.ChainSim.Web.Catalog;

namespace Sihui.ChainSim.Web.Runs;

/// <summary>Checks a run request against the scenario, runs it on the registered runner, and returns the report.</summary>
public sealed class RunService(
    ISimulationRunner runner, ScenarioSnapshots snapshots, SavedVariantStore saved, IOptions<WebOptions> options)
{
    /// <summary>Problems with the request, by field; empty when it may run.</summary>
    public Dictionary<string, string[]> Check(ScenarioEntry entry, RunRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var snapshot = snapshots.Get(entry);
        var max = options.Value.MaxTrials;
        if (request.Trials is { } trials && (trials < 1 || trials > max))
        {
            errors["trials"] = [$"trials must be between 1 and {max} (the server's cap), got {trials}"];
        }
        if (request.MinEss is { } minEss && minEss < 1)
        {
            errors["min_ess"] = [$"min_ess must be at least 1, got {minEss}"];
        }
        if (request.MaxTrials is { } most && (most < 1 || most > max))
        {
            errors["max_trials"] = [$"max_trials must be between 1 and {max} (the server's cap), got {most}"];
        }
        // A tunable's range bounds its slider only: a value outside it runs with a warning, here as with --set.
        if (request.LoadOptions.Variant is { } variant && !snapshot.Baseline.Variants.Any(v => v.Name == variant))
        {
            // Only a name the file does not define reads the sidecar, so a broken sidecar leaves file variants usable.
            // A broken one is a SidecarException (422); an unknown name is the loader's to word, as for the CLI.
            _ = saved.Read(entry);
        }
        foreach (var item in request.LoadOptions.Set)
        {
            if (PathProblem(snapshot.Tree, item.Path) is { } problem)
            {
                errors[$"set.{item.Path}"] = [problem];
            }
        }
        return errors;
    }

    /// <summary>Why running the request would cost more than the server allows per request, or null.</summary>
    public string? BudgetProblem(ScenarioEntry entry, RunRequest request) =>
        WorkBudget.Problem(snapshots.Get(entry).Baseline, request, options.Value.MaxWork);

    /// <summary>
    /// The request with the most trials a nowcast of it may draw: the one asked for, else 10× its trials as on the
    /// command line, but never beyond the server's trial cap or its work budget (and never below the trials).
    /// A plain run ignores it.
    /// </summary>
    public RunRequest WithTrialLimit(ScenarioEntry entry, RunRequest request)
    {
        if (request.MaxTrials is not null)
        {
            return request;
        }
        var trials = request.Trials ?? snapshots.Get(entry).Baseline.Trials;
        var fits = WorkBudget.MostTrials(snapshots.Get(entry).Baseline, request, options.Value.MaxWork);
        var most = Math.Min((long)trials * NowcastRuns.DefaultMaxTrialsFactor, Math.Min(options.Value.MaxTrials, fits));
        return request with { MaxTrials = (int)Math.Max(trials, most) };
    }

    /// <summary>Why the most trials a nowcast may draw would cost more than the budget, or null. Counted for every run that names it.</summary>
    public string? NowcastBudgetProblem(ScenarioEntry entry, RunRequest request) =>
        request.MaxTrials is { } most ? WorkBudget.NowcastProblem(snapshots.Get(entry).Baseline, request, most, options.Value.MaxWork) : null;

    /// <summary>
    /// The catalog's scenario as a request for <paramref name="variant"/>: its text, the file's trials capped by the
    /// server, and the saved variants when the name is not the file's own. Saved variants are variants to the loader,
    /// as they are for <c>chainsim run --variant</c>; the sidecar is read only for a name the file does not define, so
    /// a broken sidecar leaves the file's own variants usable.
    /// </summary>
    public RunRequest Request(ScenarioEntry entry, string? variant)
    {
        var snapshot = snapshots.Get(entry);
        var own = variant is null || snapshot.Baseline.Variants.Any(v => v.Name == variant);
        return new RunRequest
        {
            ScenarioText = snapshot.Text,
            FileName = entry.FileName,
            LoadOptions = new ScenarioLoadOptions { Variant = variant, SavedVariants = own ? null : saved.ReadText(entry) },
            Trials = Math.Min(snapshot.Baseline.Trials, options.Value.MaxTrials),
            // The page and its downloads show summaries, never quantiles.csv.
            Percentiles = false,
        };
    }

    // The requests run lately, by their content. The compiler keeps one compilation per request object, so running an
    // equal request as the object seen before skips loading and compiling the YAML again: each slider move would
    // otherwise pay both, as every POST builds a new request. A handful, since a page moves a few sliders back and forth.
    private const int RememberedRequests = 16;
    private readonly ConcurrentDictionary<string, RunRequest> _seen = new(StringComparer.Ordinal);

    /// <summary>Runs a checked request. Throws <see cref="ScenarioValidationException"/> when the overrides break a rule.</summary>
    public async Task<RunReport> RunAsync(ScenarioEntry entry, RunRequest request, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Get(entry);
        request = Seen(request);
        // A nowcast whose effective sample size falls short draws more trials, as `chainsim nowcast` does.
        var outcome = await NowcastRuns.RunAsync(runner, request, null, cancellationToken).ConfigureAwait(false);
        if (request.ObservationsFile == ObservationsBody.RowsFile && outcome.Result.Conditioning is { } conditioning)
        {
            var rows = conditioning.Rows.Select(ObservationsBody.Relabel).ToList();
            outcome = outcome with { Result = outcome.Result with { Conditioning = conditioning with { Rows = rows } } };
        }
        // The page's sliders arrive as `set`; a saved variant's values are listed under its name, as a file variant's are.
        return new RunReport(outcome, entry.FileName, snapshot.Sha256, options.Value.Version)
        {
            Overrides = RunOverride.Of(outcome.Scenario.Definition, request.LoadOptions.Set, RunOverride.FromPage),
        };
    }

    /// <summary>
    /// The earlier request equal to this one (every field, the scenario text included, compared through the JSON the
    /// request travels to the silos as), else this one, remembered. Equal requests compile to the same scenario, and a
    /// compiled scenario is only read by a run, so sharing it gives the same numbers.
    /// </summary>
    private RunRequest Seen(RunRequest request)
    {
        var key = JsonSerializer.Serialize(request);
        if (_seen.TryGetValue(key, out var earlier))
        {
            return earlier;
        }
        if (_seen.Count >= RememberedRequests)
        {
            _seen.Clear();
        }
        return _seen.GetOrAdd(key, request);
    }

    /// <summary>Checks a variant to be saved: its overrides must load, so a saved variant always runs.</summary>
    public void Validate(ScenarioEntry entry, IReadOnlyList<OverrideDefinition> set)
    {
        ScenarioCompiler.Load(Request(entry, null).WithOverrides(set));
    }

    /// <summary>Null when the path can be set: it addresses a value, or adds a key to an existing mapping (a new year, say).</summary>
    private static string? PathProblem(YamlNode tree, string path)
    {
        if (TreePath.Resolve(tree, path, out var error) is not null)
        {
            return null;
        }
        var parent = TreePath.Parent(tree, path, out _, out var parentError);
        return parent is MappingNode ? null : $"unknown path: {parentError ?? error}";
    }
}
