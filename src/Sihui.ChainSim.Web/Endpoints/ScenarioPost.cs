using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Runs;

namespace Sihui.ChainSim.Web.Endpoints;

/// <summary>
/// The opening every POST on a served scenario shares (run, report, the analyses, saving a variant): the scenario looked
/// up, the request's channel checked (jobs only), the JSON body read. A problem there is answered before the body's
/// fields are looked at.
/// </summary>
public sealed record ScenarioPost(ScenarioEntry Entry, string? Channel, JsonElement Body)
{
    public const int RetryAfterSeconds = 2;

    /// <summary>
    /// The request opened, or the problem to answer with (404, or a 400 on <c>channel</c> or <c>body</c>). A save is no
    /// job on a channel: <paramref name="channelled"/> false leaves its channel unread.
    /// </summary>
    public static async Task<(ScenarioPost? Post, IResult? Problem)> ReadAsync(HttpContext context, string name, ScenarioCatalog catalog, bool channelled = true)
    {
        var lookup = catalog.Find(name);
        if (lookup.Entry is not { } entry)
        {
            return (null, ApiProblems.NotFound(lookup));
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var channel = !channelled ? null
            : context.Request.Headers[RunChannels.HeaderName].FirstOrDefault() ?? context.Request.Query["channel"].FirstOrDefault();
        if (channel is not null && RunChannels.ChannelProblem(channel) is { } channelProblem)
        {
            errors["channel"] = [channelProblem];
        }
        var body = await RequestJson.ReadAsync(context.Request, errors, context.RequestAborted).ConfigureAwait(false);
        if (body is not { } json || errors.Count > 0)
        {
            return (null, ApiProblems.BadRequest(errors));
        }
        return (new ScenarioPost(entry, channel, json), null);
    }

    /// <summary>The 503 for a job that found the gate's runs and queue full.</summary>
    public static IResult Busy(HttpContext context, RunGate gate)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(ReportText.Invariant);
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy",
            detail: $"{gate.MaxInFlight} runs are computing and the queue is full; retry in {RetryAfterSeconds} s");
    }
}
