using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Overrides;
using Sihui.ChainSim.Scenarios.Metrics;
using Sihui.ChainSim.Scenarios.Observations;
using Sihui.ChainSim.Web.Catalog;

namespace Sihui.ChainSim.Web.Endpoints;

/// <summary><c>GET /api/scenarios</c> and <c>GET /api/scenarios/{name}</c>: what is served, and what a page needs to draw its controls.</summary>
public static class ScenarioEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/scenarios", (ScenarioCatalog catalog, ScenarioSnapshots snapshots) =>
        {
            var entries = catalog.List();
            snapshots.KeepOnly(entries);
            return Results.Json(entries.Select(entry => Summary(entry, snapshots)).ToList(), ApiProblems.Json);
        });

        api.MapGet("/scenarios/{name}", (string name, ScenarioCatalog catalog, ScenarioSnapshots snapshots, SavedVariantStore saved, IOptions<WebOptions> options) =>
        {
            var lookup = catalog.Find(name);
            if (lookup.Entry is not { } entry)
            {
                return ApiProblems.NotFound(lookup);
            }
            try
            {
                return Results.Json(Detail(entry, snapshots.Get(entry), saved.Read(entry), options.Value), ApiProblems.Json);
            }
            catch (ScenarioValidationException ex)
            {
                return ApiProblems.InvalidScenario(ex);
            }
            catch (SidecarException ex)
            {
                return ApiProblems.Sidecar(ex);
            }
        });
    }

    private static object Summary(ScenarioEntry entry, ScenarioSnapshots snapshots)
    {
        try
        {
            var definition = snapshots.Get(entry).Baseline;
            return new { entry.Name, File = entry.FileName, Scenario = definition.Name, definition.Description, Error = (string?)null };
        }
        catch (ScenarioValidationException ex)
        {
            // One broken file must not hide the others: list it with its first problem.
            return new { entry.Name, File = entry.FileName, Scenario = entry.Name, Description = "", Error = (string?)ex.Errors[0].ToString() };
        }
    }

    private static object Detail(ScenarioEntry entry, ScenarioSnapshot snapshot, IReadOnlyList<VariantDefinition> saved, WebOptions options)
    {
        var d = snapshot.Baseline;
        return new
        {
            entry.Name,
            File = entry.FileName,
            Scenario = d.Name,
            d.Description,
            d.BaseYear,
            d.EndYear,
            d.Trials,
            d.Seed,
            MaxTrials = options.MaxTrials,
            PageTrials = options.PageTrials,
            MinEss = NowcastRuns.DefaultMinEss,
            Observable = Observable(d),
            // name_zh and name_en where the file gives them: the page shows the one of its language, else the whole name.
            Industries = d.Industries.Select(i => new { i.Id, i.Name, i.NameZh, i.NameEn }),
            Parks = d.Parks.Select(p => new { p.Id, p.Name, p.NameZh, p.NameEn }),
            Targets = d.Targets.Select(t => new
            {
                t.Id, t.Name, t.NameZh, t.NameEn, t.Metric, t.Year,
                Comparison = t.Comparison == Comparison.AtLeast ? "at_least" : "at_most",
                t.Threshold,
            }),
            Variants = d.Variants.Select(v => Variant(v, "file")).Concat(saved.Select(v => Variant(v, "saved"))),
            Tunables = d.Tunables.Select(t => new
            {
                t.Path, t.Label, t.LabelZh, t.Group, t.Min, t.Max, t.Step,
                Value = TreePath.Resolve(snapshot.Tree, t.Path, out _) is { } node && Scalars.TryNumber(node, out var value) ? value : (double?)null,
            }),
        };
    }

    /// <summary>The metrics a monthly figure can be given for (the observations panel's rows), with the entity's name.</summary>
    private static IEnumerable<object> Observable(ScenarioDefinition d) =>
        MetricNames.All(d)
            .Select(metric => (Metric: metric, Kind: ObservableMetrics.Kind(d, metric)))
            .Where(m => m.Kind is not null)
            .Select(m => (m.Metric, m.Kind, Entity: Entity(d, m.Metric)))
            .Select(m => new
            {
                m.Metric, Kind = m.Kind == ObservedKind.Money ? "money" : "count",
                m.Entity?.Name, m.Entity?.NameZh, m.Entity?.NameEn,
            });

    private static ILabelled? Entity(ScenarioDefinition d, string metric)
    {
        var colon = metric.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }
        var id = metric[(colon + 1)..];
        return metric[..colon] switch
        {
            "industry_output" or "industry_value_added" => d.Industries.FirstOrDefault(i => i.Id == id),
            "park_output" => d.Parks.FirstOrDefault(p => p.Id == id),
            "enterprise_output" => d.Enterprises.FirstOrDefault(e => e.Id == id),
            "indicator" => d.Indicators.FirstOrDefault(i => i.Id == id),
            _ => null,
        };
    }

    private static object Variant(VariantDefinition v, string source) => new
    {
        v.Name,
        v.Description,
        Source = source,
        Set = v.Set.ToDictionary(s => s.Path, s => SetValue(s.Value), StringComparer.Ordinal),
    };

    /// <summary>A number when the YAML value is one, so a page can move a slider to it; otherwise the YAML text.</summary>
    public static object SetValue(string yaml) =>
        double.TryParse(yaml, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : yaml;
}
