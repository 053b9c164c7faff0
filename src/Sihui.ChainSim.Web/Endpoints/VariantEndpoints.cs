using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sihui.ChainSim.Analysis.Calibration;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Web.Analyses;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Runs;

namespace Sihui.ChainSim.Web.Endpoints;

/// <summary>
/// <c>POST /api/scenarios/{name}/variants</c>: saves the page's overrides as a named variant in the sidecar file; and
/// <c>POST /api/scenarios/{name}/calibrate/variant</c>: saves a history's fit as one, with the set <c>chainsim calibrate</c> writes.
/// </summary>
public static class VariantEndpoints
{
    public const int MaxDescriptionLength = 2000;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/scenarios/{name}/variants", async (HttpContext context, string name, ScenarioCatalog catalog,
            ScenarioSnapshots snapshots, SavedVariantStore saved, RunService runs) =>
        {
            var (post, problem) = await ScenarioPost.ReadAsync(context, name, catalog, channelled: false);
            if (post is not (var entry, _, var json))
            {
                return problem!;
            }
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var variant = Parse(json, errors);
            if (variant is null || errors.Count > 0)
            {
                return ApiProblems.BadRequest(errors);
            }
            return await SaveAsync(entry, variant, snapshots, saved, runs, context.RequestAborted);
        });

        // The fit is quick (no runs): it takes no slot of the gate, as a save of sliders does not.
        api.MapPost("/scenarios/{name}/calibrate/variant", async (HttpContext context, string name, ScenarioCatalog catalog,
            ScenarioSnapshots snapshots, SavedVariantStore saved, RunService runs) =>
        {
            var (post, problem) = await ScenarioPost.ReadAsync(context, name, catalog, channelled: false);
            if (post is not (var entry, _, var json))
            {
                return problem!;
            }
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var asked = ParseCalibrated(json, errors);
            if (asked is null || errors.Count > 0)
            {
                return ApiProblems.BadRequest(errors);
            }
            try
            {
                var scenario = snapshots.Get(entry).Baseline;
                var (rows, historyName) = CalibrationHistory.Read(catalog, entry, asked.History, scenario, errors);
                if (rows is null || errors.Count > 0)
                {
                    return ApiProblems.BadRequest(errors);
                }
                var fit = HistoryCalibration.Calibrate(scenario, rows);
                if (CalibrationReport.NothingFitted(fit, entry.FileName, historyName) is { } nothing)
                {
                    return ApiProblems.BadRequest(CalibrationHistory.Field(asked.History), nothing);
                }
                var variant = new VariantDefinition(asked.Name, asked.Description ?? CalibrationVariant.Description(historyName), CalibrationVariant.Set(scenario, fit));
                return await SaveAsync(entry, variant, snapshots, saved, runs, context.RequestAborted);
            }
            catch (ScenarioValidationException ex)
            {
                return ApiProblems.InvalidScenario(ex);
            }
        });
    }

    /// <summary>Saves a parsed variant once its overrides load: 201 with its set, 409 when the name is taken.</summary>
    private static async Task<IResult> SaveAsync(
        ScenarioEntry entry, VariantDefinition variant, ScenarioSnapshots snapshots, SavedVariantStore saved, RunService runs, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        try
        {
            foreach (var (field, messages) in runs.Check(entry, runs.Request(entry, null).WithOverrides(variant.Set)))
            {
                errors[field] = messages;
            }
            if (errors.Count > 0)
            {
                return ApiProblems.BadRequest(errors);
            }
            runs.Validate(entry, variant.Set);
            var fileVariants = snapshots.Get(entry).Baseline.Variants.Select(v => v.Name);
            if (!await saved.TryAddAsync(entry, variant, fileVariants, cancellationToken))
            {
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Variant name taken",
                    detail: $"a variant named '{variant.Name}' already exists; choose another name",
                    extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["name"] = ["name taken"] } });
            }
            return Results.Created($"/api/scenarios/{entry.Name}", new
            {
                variant.Name, variant.Description, Source = "saved",
                Set = variant.Set.ToDictionary(s => s.Path, s => ScenarioEndpoints.SetValue(s.Value), StringComparer.Ordinal),
            });
        }
        catch (ScenarioValidationException ex)
        {
            return ApiProblems.FromScenarioErrors(ex, variant.Set.Select(s => s.Path));
        }
        catch (SidecarException ex)
        {
            return ApiProblems.Sidecar(ex);
        }
    }

    /// <summary><c>{name?, description?, history? | history_xlsx?}</c>: the name defaults to <c>calibrated</c>, as <c>chainsim calibrate</c>'s.</summary>
    private static CalibratedBody? ParseCalibrated(JsonElement body, Dictionary<string, string[]> errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["the body must be a JSON object: {\"name\": \"calibrated\", \"history\": \"metric,id,year,value\\n…\"}"];
            return null;
        }
        var name = CalibrationVariant.DefaultName;
        string? description = null;
        var history = HistoryUpload.Shipped;
        foreach (var property in body.EnumerateObject())
        {
            if (CalibrationHistory.TryRead(property, ref history, errors))
            {
                continue;
            }
            switch (property.Name)
            {
                case "name":
                    name = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!.Trim() : "";
                    break;
                case "description":
                    description = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!.Trim() : null;
                    break;
                default:
                    errors[property.Name] = ["unknown field; expected name, description, history or history_xlsx"];
                    break;
            }
        }
        CheckName(name, errors);
        CheckDescription(description ?? "", errors);
        CalibrationHistory.CheckOnce(history, errors);
        return errors.Count == 0 ? new CalibratedBody(name, description, history) : null;
    }

    private sealed record CalibratedBody(string Name, string? Description, HistoryUpload History);

    private static void CheckName(string name, Dictionary<string, string[]> errors)
    {
        if (name.Length is 0 or > 64 || !name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
        {
            errors["name"] = ["a variant name has 1 to 64 letters, digits, '_' or '-'"];
        }
    }

    private static void CheckDescription(string description, Dictionary<string, string[]> errors)
    {
        if (description.Length > MaxDescriptionLength)
        {
            errors["description"] = [$"at most {MaxDescriptionLength} characters"];
        }
    }

    private static VariantDefinition? Parse(JsonElement body, Dictionary<string, string[]> errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["the body must be a JSON object: {\"name\": ..., \"description\": ..., \"set\": {path: value}}"];
            return null;
        }
        var name = body.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
        CheckName(name, errors);
        var description = body.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()!.Trim() : "";
        CheckDescription(description, errors);
        var set = new List<OverrideDefinition>();
        if (body.TryGetProperty("set", out var s))
        {
            RunBody.ReadSet(s, set, errors);
        }
        foreach (var property in body.EnumerateObject().Where(p => p.Name is not ("name" or "description" or "set")))
        {
            errors[property.Name] = ["unknown field; expected name, description or set"];
        }
        return errors.Count == 0 ? new VariantDefinition(name, description, set) : null;
    }
}
