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
    public Dictionary<string, string[]> Check(ScenarioEntry entry, RunInput input)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var snapshot = snapshots.Get(entry);
        var max = options.Value.MaxTrials;
        if (input.Trials is { } trials && (trials < 1 || trials > max))
        {
            errors["trials"] = [$"trials must be between 1 and {max} (the server's cap), got {trials}"];
        }
        // A tunable's range bounds its slider only: a value outside it runs with a warning, here as with --set.
        if (input.Variant is { } variant && !snapshot.Baseline.Variants.Any(v => v.Name == variant))
        {
            // Only a name the file does not define reads the sidecar, so a broken sidecar leaves file variants usable.
            // A broken one is a SidecarException (422); an unknown name is the loader's to word, as for the CLI.
            _ = saved.Read(entry);
        }
        foreach (var item in input.Set)
        {
            if (PathProblem(snapshot.Tree, item.Path) is { } problem)
            {
                errors[$"set.{item.Path}"] = [problem];
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
        var request = new RunRequest
        {
            ScenarioText = snapshot.Text,
            FileName = entry.FileName,
            // Saved variants are variants to the loader, as they are for `chainsim run --variant`. The sidecar is read
            // only for a name the file does not define, so a broken sidecar leaves the file's own variants usable.
            LoadOptions = new ScenarioLoadOptions
            {
                Variant = input.Variant,
                Set = input.Set,
                SavedVariants = input.Variant is null || snapshot.Baseline.Variants.Any(v => v.Name == input.Variant) ? null : saved.ReadText(entry),
            },
            Trials = input.Trials ?? Math.Min(snapshot.Baseline.Trials, options.Value.MaxTrials),
            Seed = input.Seed,
        };
        var outcome = await runner.RunAsync(request, null, cancellationToken).ConfigureAwait(false);
        // The page's sliders arrive as `set`; a saved variant's values are listed under its name, as a file variant's are.
        return new RunReport(outcome, entry.FileName, snapshot.Sha256, options.Value.Version)
        {
            Overrides = RunOverride.Of(outcome.Scenario.Definition, input.Set, RunOverride.FromPage),
        };
    }

    /// <summary>Checks a variant to be saved: its overrides must load, so a saved variant always runs.</summary>
    public void Validate(ScenarioEntry entry, IReadOnlyList<OverrideDefinition> set)
    {
        var snapshot = snapshots.Get(entry);
        ScenarioLoader.LoadText(snapshot.Text, entry.FileName, new ScenarioLoadOptions { Set = set });
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
