using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sihui.ChainSim.Web.Analyses;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Runs;

namespace Sihui.ChainSim.Web.Endpoints;

/// <summary>
/// <c>POST /api/scenarios/{name}/compare</c>, <c>/sensitivity</c> (streamed as JSON lines), <c>/goal-seek</c> (streamed
/// when the client accepts JSON lines) and <c>/calibrate</c>: the CLI's analyses, answered in the layout of their <c>--json</c>.
/// </summary>
public static class AnalysisEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/scenarios/{name}/compare", (HttpContext context, string name, ScenarioCatalog catalog, AnalysisService analyses, RunChannels channels, RunGate gate) =>
            AnalysisPipeline.ExecuteAsync(context, name, catalog, channels, gate, stream: false,
                (entry, json, errors) => AnalysisBodies.Compare(json, errors) is { } body ? analyses.Compare(entry, body, errors) : null));

        api.MapPost("/scenarios/{name}/sensitivity", (HttpContext context, string name, ScenarioCatalog catalog, AnalysisService analyses, RunChannels channels, RunGate gate) =>
            AnalysisPipeline.ExecuteAsync(context, name, catalog, channels, gate, stream: true,
                (entry, json, errors) => AnalysisBodies.Sensitivity(json, errors) is { } body ? analyses.Sensitivity(entry, body, errors) : null));

        api.MapPost("/scenarios/{name}/goal-seek", (HttpContext context, string name, ScenarioCatalog catalog, AnalysisService analyses, RunChannels channels, RunGate gate) =>
            AnalysisPipeline.ExecuteAsync(context, name, catalog, channels, gate, stream: AcceptsLines(context.Request),
                (entry, json, errors) => AnalysisBodies.GoalSeek(json, errors) is { } body ? analyses.GoalSeek(entry, body, errors) : null));

        api.MapPost("/scenarios/{name}/calibrate", (HttpContext context, string name, ScenarioCatalog catalog, AnalysisService analyses, RunChannels channels, RunGate gate) =>
            AnalysisPipeline.ExecuteAsync(context, name, catalog, channels, gate, stream: false,
                (entry, json, errors) => AnalysisBodies.Calibrate(json, errors) is { } body ? analyses.Calibrate(entry, body, errors) : null));
    }

    private static bool AcceptsLines(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains(AnalysisPipeline.LinesType, StringComparison.OrdinalIgnoreCase));
}
