using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Web.Catalog;

namespace Sihui.ChainSim.Web.Endpoints;

/// <summary>Problem-details answers (RFC 9457) that name the field at fault; never a stack trace.</summary>
public static class ApiProblems
{
    /// <summary>JSON for the API's own documents: snake_case keys, Chinese kept as it is.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static IResult BadRequest(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The request has problems; see errors, by field.");

    public static IResult BadRequest(string field, string message) =>
        BadRequest(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>400 for a name that could leave the served folder, 404 for a name that is simply not there.</summary>
    public static IResult NotFound(ScenarioLookup lookup) => lookup.IsBadName
        ? BadRequest("name", lookup.Problem!)
        : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Scenario not found", detail: lookup.Problem);

    /// <summary>The loader's errors after overrides, keyed by the override that caused them where it can tell.</summary>
    public static IResult FromScenarioErrors(ScenarioValidationException ex, IEnumerable<string> setPaths) =>
        BadRequest(ScenarioErrors(ex, setPaths));

    /// <summary>
    /// The loader's errors by field: <c>set.&lt;path&gt;</c> for an override, <c>variant</c>, else the path at fault;
    /// each key after <paramref name="prefix"/> (<c>columns[1].</c> for a compare column).
    /// </summary>
    public static Dictionary<string, string[]> ScenarioErrors(ScenarioValidationException ex, IEnumerable<string> setPaths, string prefix = "")
    {
        var paths = setPaths.ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var error in ex.Errors)
        {
            var key = paths.Contains(error.Path) ? $"set.{error.Path}"
                : error.File == Scenarios.Loading.Overrides.OverrideApplier.CommandLineFile ? "set"
                : error.Path.StartsWith("variants", StringComparison.Ordinal) ? "variant"
                : error.Path.Length > 0 ? error.Path : "scenario";
            if (!errors.TryGetValue(prefix + key, out var list))
            {
                errors[prefix + key] = list = [];
            }
            list.Add(error.Path.Length > 0 && !key.EndsWith(error.Path, StringComparison.Ordinal) ? $"{error.Path}: {error.Message}" : error.Message);
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>A sidecar the user (or a link) made unreadable is their file's problem, not the server's: 422 naming it.</summary>
    public static IResult Sidecar(SidecarException ex) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Saved variants cannot be used", detail: ex.Message);

    /// <summary>The scenario file itself does not load: 422 with its errors (at most the loader's cap, then "and N more").</summary>
    public static IResult InvalidScenario(ScenarioValidationException ex) =>
        Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The scenario file is invalid",
            detail: string.Join("\n", ex.Errors));
}
