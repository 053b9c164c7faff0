using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Runs;

namespace Sihui.ChainSim.Web.Endpoints;

/// <summary><c>POST /api/scenarios/{name}/run</c> (summary.json), <c>/report</c> (report.md) and <c>/report.html</c>.</summary>
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

        // The page's report.html download: the CLI's report, with the variant and every override (the sliders: source page).
        api.MapPost("/scenarios/{name}/report.html", (HttpContext context, string name, ScenarioCatalog catalog, RunService runs, RunChannels channels, RunGate gate) =>
            RunPipeline.ExecuteAsync(context, name, catalog, runs, channels, gate,
                report => Results.Bytes(OutputFiles.Utf8.GetBytes(ReportHtml.ForRun(report.Outcome.Result, report.Outcome.Scenario, report.Overrides)),
                    "text/html; charset=utf-8", fileDownloadName: report.Definition.Name + "-report.html")));
    }
}
