using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Sihui.ChainSim.Analysis.IO;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Endpoints;
using Sihui.ChainSim.Web.Runs;

namespace Sihui.ChainSim.Web.Analyses;

/// <summary>
/// What the analysis endpoints share with the run endpoint: look the scenario up, read and check the body, take the
/// request's channel (a newer request there supersedes this one) and one slot of the gate, then run the job and answer
/// with its document, or stream its lines and then its document.
/// </summary>
public static class AnalysisPipeline
{
    public const string LinesType = "application/x-ndjson";

    public static async Task<IResult> ExecuteAsync(
        HttpContext context, string name, ScenarioCatalog catalog, RunChannels channels, RunGate gate, bool stream,
        Func<ScenarioEntry, JsonElement, Dictionary<string, string[]>, AnalysisJob?> plan)
    {
        var (post, problem) = await ScenarioPost.ReadAsync(context, name, catalog).ConfigureAwait(false);
        if (post is not (var entry, var channel, var json))
        {
            return problem!;
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        AnalysisJob? job;
        try
        {
            job = plan(entry, json, errors);
        }
        catch (ScenarioValidationException ex)
        {
            // The file itself does not load: the same 422 as GET /api/scenarios/{name}.
            return ApiProblems.InvalidScenario(ex);
        }
        catch (SidecarException ex)
        {
            return ApiProblems.Sidecar(ex);
        }
        if (job is null || errors.Count > 0)
        {
            return ApiProblems.BadRequest(errors);
        }

        using var lease = channels.Open(channel, context.RequestAborted);
        IDisposable? slot;
        try
        {
            slot = await gate.EnterAsync(lease.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return Stopped(context, lease, channel).Result;
        }
        if (slot is null)
        {
            return ScenarioPost.Busy(context, gate);
        }
        using (slot)
        {
            if (stream)
            {
                await StreamAsync(context, job, lease, channel).ConfigureAwait(false);
                return Results.Empty;
            }
            try
            {
                var result = await job.RunAsync(null, lease.Token).ConfigureAwait(false);
                return Results.Text(job.Write(result, false) + "\n", "application/json", OutputFiles.Utf8);
            }
            catch (Exception ex) when (Failure(ex, context, lease, channel) is { } failure)
            {
                return failure.Result;
            }
        }
    }

    /// <summary>The start line, one line per finished bar or step as it comes, then the result (or an error) line.</summary>
    private static async Task StreamAsync(HttpContext context, AnalysisJob job, RunLease lease, string? channel)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = LinesType + "; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        if (job.StartLine is { } start)
        {
            lines.Writer.TryWrite(start);
        }
        var work = Task.Run(async () =>
        {
            try
            {
                return await job.RunAsync(line => lines.Writer.TryWrite(line), lease.Token).ConfigureAwait(false);
            }
            finally
            {
                lines.Writer.TryComplete();
            }
        });
        var writing = true;
        await foreach (var line in lines.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            writing = writing && await WriteLineAsync(context, line).ConfigureAwait(false);
        }
        string last;
        try
        {
            var result = await work.ConfigureAwait(false);
            last = "{\"type\":\"result\",\"result\":" + job.Write(result, true) + "}";
        }
        catch (Exception ex) when (Failure(ex, context, lease, channel) is { } failure)
        {
            last = AnalysisJson.Line(new ErrorLine("error", failure.Status, failure.Title, failure.Detail, failure.Errors));
        }
        if (writing)
        {
            await WriteLineAsync(context, last).ConfigureAwait(false);
        }
    }

    // False once the client has gone: the job is cancelled through RequestAborted, and nothing more is written.
    private static async Task<bool> WriteLineAsync(HttpContext context, string line)
    {
        try
        {
            await context.Response.WriteAsync(line + "\n", OutputFiles.Utf8, context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            return false;
        }
    }

    private sealed record ErrorLine(string Type, int Status, string Title, string Detail, IDictionary<string, string[]>? Errors);

    private sealed record JobFailure(int Status, string Title, string Detail, IDictionary<string, string[]>? Errors, IResult Result);

    /// <summary>How a job that stopped is answered; null for a failure that is the server's own (a 500 by the handler).</summary>
    private static JobFailure? Failure(Exception ex, HttpContext context, RunLease lease, string? channel)
    {
        switch (ex)
        {
            case OperationCanceledException when lease.IsSuperseded || context.RequestAborted.IsCancellationRequested:
                return Stopped(context, lease, channel);
            case AnalysisInputException input:
                return BadInput(new Dictionary<string, string[]> { [input.Field] = [input.Message] });
            case ScenarioValidationException invalid:
                // A value one bar or step sets is refused by the scenario's rules: bad input, as the CLI's exit 2.
                return BadInput(ApiProblems.ScenarioErrors(invalid, []));
            case ObservationsUnexplainedException unexplained:
                return BadInput(new Dictionary<string, string[]> { ["scenario"] = [unexplained.Message] });
            case SidecarException sidecar:
                return new JobFailure(422, "Saved variants cannot be used", sidecar.Message, null, ApiProblems.Sidecar(sidecar));
            case SimulationFailedException failed:
                return new JobFailure(503, "The run could not finish", failed.Message, null,
                    Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The run could not finish", detail: failed.Message));
            case ArgumentException argument:
                return BadInput(new Dictionary<string, string[]> { ["body"] = [argument.Message] });
            default:
                return null;
        }
    }

    private static JobFailure BadInput(IDictionary<string, string[]> errors) =>
        new(400, "The request has problems; see errors, by field.", string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))),
            errors, ApiProblems.BadRequest(errors));

    private static JobFailure Stopped(HttpContext context, RunLease lease, string? channel) => lease.IsSuperseded
        ? new JobFailure(409, "Superseded", $"a newer request on channel '{channel}' replaced this one", null,
            Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Superseded", detail: $"a newer request on channel '{channel}' replaced this one"))
        // The client has gone; nobody reads this answer.
        : new JobFailure(499, "Cancelled", "the client went away", null, Results.StatusCode(499));
}
