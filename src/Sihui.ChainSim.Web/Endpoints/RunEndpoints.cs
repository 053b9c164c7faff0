using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Reports.Workbook;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Runs;

namespace Sihui.ChainSim.Web.Endpoints;

/// <summary>
/// <c>POST /api/scenarios/{name}/run</c> (summary.json), and the page's downloads <c>/report</c> (report.md),
/// <c>/report.html</c> and <c>/results.xlsx</c>. A download takes <c>?lang=zh|en</c>, so it comes in the page's language.
/// </summary>
public static class RunEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/scenarios/{name}/run", (HttpContext context, string name, ScenarioCatalog catalog, RunService runs, RunChannels channels, RunGate gate) =>
            RunPipeline.ExecuteAsync(context, name, catalog, runs, channels, gate,
                report => Results.Bytes(SummaryJsonWriter.Write(report), "application/json")));

        api.MapPost("/scenarios/{name}/report", (HttpContext context, string name, ScenarioCatalog catalog, RunService runs, RunChannels channels, RunGate gate) =>
            Download(context, name, catalog, runs, channels, gate,
                report => Results.Bytes(ReportMarkdownWriter.Write(report), "text/markdown; charset=utf-8",
                    fileDownloadName: report.Definition.Name + "-report.md")));

        // The CLI's report.html, with the variant and every override (the sliders: source page).
        api.MapPost("/scenarios/{name}/report.html", (HttpContext context, string name, ScenarioCatalog catalog, RunService runs, RunChannels channels, RunGate gate) =>
            Download(context, name, catalog, runs, channels, gate,
                report => Results.Bytes(OutputFiles.Utf8.GetBytes(ReportHtml.ForRun(report)),
                    "text/html; charset=utf-8", fileDownloadName: report.Definition.Name + "-report.html")));

        // The CLI's results.xlsx (run --xlsx), headers in the page's language.
        api.MapPost("/scenarios/{name}/results.xlsx", (HttpContext context, string name, ScenarioCatalog catalog, RunService runs, RunChannels channels, RunGate gate) =>
            Download(context, name, catalog, runs, channels, gate,
                report => Results.Bytes(
                    ResultsWorkbook.Bytes(report, report.Language == ScenarioLanguage.En ? WorkbookLanguage.En : WorkbookLanguage.Zh),
                    ResultsWorkbook.ContentType, fileDownloadName: report.Definition.Name + "-" + ResultsWorkbook.FileName)));
    }

    /// <summary>A run answered as a file in <c>?lang</c> (else the scenario's language), as <c>--lang</c> does on the CLI.</summary>
    private static Task<IResult> Download(
        HttpContext context, string name, ScenarioCatalog catalog, RunService runs, RunChannels channels, RunGate gate, Func<RunReport, IResult> answer)
    {
        var text = context.Request.Query["lang"].FirstOrDefault();
        ScenarioLanguage? language = null;
        if (text is not null)
        {
            language = Labels.Parse(text);
            if (language is null)
            {
                return Task.FromResult(ApiProblems.BadRequest(new Dictionary<string, string[]>(StringComparer.Ordinal)
                {
                    ["lang"] = [$"unknown language '{text}'; use one of zh, en"],
                }));
            }
        }
        return RunPipeline.ExecuteAsync(context, name, catalog, runs, channels, gate,
            report => answer(language is { } chosen ? report with { Language = chosen } : report));
    }
}
