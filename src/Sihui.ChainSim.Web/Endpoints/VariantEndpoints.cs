using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Runs;

namespace Sihui.ChainSim.Web.Endpoints;

/// <summary><c>POST /api/scenarios/{name}/variants</c>: saves the page's overrides as a named variant in the sidecar file.</summary>
public static class VariantEndpoints
{
    public const int MaxDescriptionLength = 2000;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/scenarios/{name}/variants", async (HttpContext context, string name, ScenarioCatalog catalog,
            ScenarioSnapshots snapshots, SavedVariantStore saved, RunService runs) =>
        {
            var lookup = catalog.Find(name);
            if (lookup.Entry is not { } entry)
            {
                return ApiProblems.NotFound(lookup);
            }
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var body = await RequestJson.ReadAsync(context.Request, errors, context.RequestAborted);
            var variant = body is { } json ? Parse(json, errors) : null;
            if (variant is null || errors.Count > 0)
            {
                return ApiProblems.BadRequest(errors);
            }
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
                if (!await saved.TryAddAsync(entry, variant, fileVariants, context.RequestAborted))
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Variant name taken",
                        detail: $"a variant named '{variant.Name}' already exists; choose another name",
                        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["name"] = ["name taken"] } });
                }
                return Results.Created($"/api/scenarios/{entry.Name}", new { variant.Name, variant.Description, Source = "saved" });
            }
            catch (ScenarioValidationException ex)
            {
                return ApiProblems.FromScenarioErrors(ex, variant.Set.Select(s => s.Path));
            }
            catch (SidecarException ex)
            {
                return ApiProblems.Sidecar(ex);
            }
        });
    }

    private static VariantDefinition? Parse(JsonElement body, Dictionary<string, string[]> errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["the body must be a JSON object: {\"name\": ..., \"description\": ..., \"set\": {path: value}}"];
            return null;
        }
        var name = body.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
        if (name.Length is 0 or > 64 || !name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
        {
            errors["name"] = ["a variant name has 1 to 64 letters, digits, '_' or '-'"];
        }
        var description = body.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()!.Trim() : "";
        if (description.Length > MaxDescriptionLength)
        {
            errors["description"] = [$"at most {MaxDescriptionLength} characters"];
        }
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
