using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Runs;

namespace Sihui.ChainSim.Web.Endpoints;

/// <summary><c>POST /api/scenarios/{name}/run</c> (summary.json) and <c>POST /api/scenarios/{name}/report</c> (report.md).</summary>
public static class RunEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/scenarios/{name}/run", (HttpContext context, string name, ScenarioCatalog catalog, RunService runs, RunChannels channels, RunGate gate) =>
            RunPipeline.ExecuteAsync(context, name, catalog, runs, channels, gate,
                report => Results.Bytes(SummaryJsonWriter.Write(report), "application/json")));

        api.MapPost("/scenarios/{name}/report", (HttpContext context, string name, ScenarioCatalog catalog, RunService runs, RunChannels channels, RunGate gate) =>
            RunPipeline.ExecuteAsync(context, name, catalog, runs, channels, gate,
                report => Results.Bytes(ReportMarkdownWriter.Write(report), "text/markdown; charset=utf-8",
                    fileDownloadName: report.Definition.Name + "-report.md")));
    }
}
