using Microsoft.Extensions.Options;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Runner;
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
    public Dictionary<string, string[]> Check(ScenarioEntry entry, RunInput input)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var snapshot = snapshots.Get(entry);
        var max = options.Value.MaxTrials;
        if (input.Trials is { } trials && (trials < 1 || trials > max))
        {
            errors["trials"] = [$"trials must be between 1 and {max} (the server's cap), got {trials}"];
        }
        if (input.Variant is { } variant)
        {
            // The sidecar is read only for a name the file does not define, so a broken sidecar leaves file variants usable.
            var names = snapshot.Baseline.Variants.Any(v => v.Name == variant) ? [variant] : AllVariantNames(entry, snapshot).ToList();
            if (!names.Contains(variant, StringComparer.Ordinal))
            {
                errors["variant"] = [$"unknown variant '{variant}'; available: {(names.Count == 0 ? "none" : string.Join(", ", names))}"];
            }
        }
        foreach (var item in input.Set)
        {
            if (PathProblem(snapshot.Tree, item.Path) is { } problem)
            {
                errors[$"set.{item.Path}"] = [problem];
                continue;
            }
            var tunable = snapshot.Baseline.Tunables.FirstOrDefault(t => t.Path == item.Path);
            if (tunable is not null && double.TryParse(item.Value, System.Globalization.NumberStyles.Float, ReportText.Invariant, out var value)
                && (value < tunable.Min - 1e-9 || value > tunable.Max + 1e-9))
            {
                errors[$"set.{item.Path}"] =
                    [$"{value.ToString("R", ReportText.Invariant)} is outside the tunable's range {tunable.Min.ToString("R", ReportText.Invariant)} to {tunable.Max.ToString("R", ReportText.Invariant)}"];
            }
        }
        return errors;
    }

    /// <summary>Why running the request would cost more than the server allows per request, or null.</summary>
    public string? BudgetProblem(ScenarioEntry entry, RunInput input)
    {
        var baseline = snapshots.Get(entry).Baseline;
        return WorkBudget.Problem(baseline, input, Math.Min(baseline.Trials, options.Value.MaxTrials), options.Value.MaxWork);
    }

    /// <summary>Runs a checked request. Throws <see cref="ScenarioValidationException"/> when the overrides break a rule.</summary>
    public async Task<RunReport> RunAsync(ScenarioEntry entry, RunInput input, CancellationToken cancellationToken)
    {
        var snapshot = snapshots.Get(entry);
        var savedVariant = input.Variant is null || snapshot.Baseline.Variants.Any(v => v.Name == input.Variant)
            ? null
            : saved.Read(entry).FirstOrDefault(v => v.Name == input.Variant);
        var load = savedVariant is null
            ? new ScenarioLoadOptions { Variant = input.Variant, Set = input.Set }
            : new ScenarioLoadOptions { Set = [.. savedVariant.Set, .. input.Set] };
        var request = new RunRequest
        {
            ScenarioText = snapshot.Text,
            FileName = entry.FileName,
            LoadOptions = load,
            Trials = input.Trials ?? Math.Min(snapshot.Baseline.Trials, options.Value.MaxTrials),
            Seed = input.Seed,
        };
        var outcome = await runner.RunAsync(request, null, cancellationToken).ConfigureAwait(false);
        if (savedVariant is not null)
        {
            // A saved variant runs as overrides applied in the same order a file variant would be; name it in the outputs.
            var named = outcome.Scenario.Definition with { AppliedVariant = savedVariant.Name };
            outcome = outcome with { Scenario = CompiledScenario.Compile(named, outcome.Scenario.Trials, outcome.Scenario.Seed, outcome.Scenario.EndYear) };
        }
        return new RunReport(outcome, entry.FileName, snapshot.Sha256, options.Value.Version);
    }

    /// <summary>Checks a variant to be saved: its overrides must load, so a saved variant always runs.</summary>
    public void Validate(ScenarioEntry entry, IReadOnlyList<OverrideDefinition> set)
    {
        var snapshot = snapshots.Get(entry);
        ScenarioLoader.LoadText(snapshot.Text, entry.FileName, new ScenarioLoadOptions { Set = set });
    }

    public IEnumerable<string> AllVariantNames(ScenarioEntry entry, ScenarioSnapshot snapshot) =>
        snapshot.Baseline.Variants.Select(v => v.Name).Concat(saved.Read(entry).Select(v => v.Name));

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
