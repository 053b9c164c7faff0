using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Nowcast;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Runs;


namespace Sihui.ChainSim.Web.Endpoints;

/// <summary>
/// What the run and report endpoints share: look the scenario up, read and check the body, take the run's
/// channel, run, and answer with the finished report or a problem.
/// </summary>
public static class RunPipeline
{
    public static async Task<IResult> ExecuteAsync(
        HttpContext context, string name, ScenarioCatalog catalog, RunService runs, RunChannels channels, RunGate gate, Func<RunReport, IResult> answer)
    {
        var (post, problem) = await ScenarioPost.ReadAsync(context, name, catalog).ConfigureAwait(false);
        if (post is not (var entry, var channel, var json))
        {
            return problem!;
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        RunRequest? request;
        try
        {
            request = RunBody.Parse(json, variant => runs.Request(entry, variant), errors);
            if (request is null || errors.Count > 0)
            {
                return ApiProblems.BadRequest(errors);
            }
            foreach (var (field, messages) in runs.Check(entry, request))
            {
                errors[field] = messages;
            }
            if (!errors.ContainsKey("trials") && runs.BudgetProblem(entry, request) is { } tooBig)
            {
                errors["trials"] = [tooBig];
            }
            if (errors.Count == 0)
            {
                request = runs.WithTrialLimit(entry, request);
                if (runs.NowcastBudgetProblem(entry, request) is { } nowcastTooBig)
                {
                    errors["max_trials"] = [nowcastTooBig];
                }
            }
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
        if (errors.Count > 0)
        {
            return ApiProblems.BadRequest(errors);
        }

        using var lease = channels.Open(channel, context.RequestAborted);
        var clock = Stopwatch.StartNew();
        try
        {
            using var slot = await gate.EnterAsync(lease.Token).ConfigureAwait(false);
            if (slot is null)
            {
                return ScenarioPost.Busy(context, gate);
            }
            var report = await runs.RunAsync(entry, request, lease.Token).ConfigureAwait(false);
            // Lets a client tell the server's share of a round trip from the network's and its own.
            context.Response.Headers["Server-Timing"] = $"run;dur={clock.Elapsed.TotalMilliseconds.ToString("0.0", ReportText.Invariant)}";
            return answer(report);
        }
        catch (ScenarioValidationException ex)
        {
            // The observations are read when the run compiles, by the same reader as `--observed`.
            return ObservationsBody.Problems(ex, request.ObservationsFile) is { } observed
                ? ApiProblems.BadRequest(observed)
                : ApiProblems.FromScenarioErrors(ex, request.LoadOptions.Set.Select(s => s.Path));
        }
        catch (ObservationsUnexplainedException ex)
        {
            // No trial explains the figures: an input the model cannot meet, named by its rows, as the CLI's exit 2.
            return ApiProblems.BadRequest(ObservationsBody.Field(request.ObservationsFile), ObservationsBody.Relabel(ex.Message));
        }
        catch (OperationCanceledException) when (lease.IsSuperseded)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Superseded",
                detail: $"a newer run on channel '{channel}' replaced this one");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client has gone; nobody reads this answer.
            return Results.StatusCode(499);
        }
        catch (SidecarException ex)
        {
            return ApiProblems.Sidecar(ex);
        }
        catch (SimulationFailedException ex)
        {
            // A run the engine could not finish, e.g. an unreachable cluster: say why, without a trace.
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The run could not finish", detail: ex.Message);
        }
    }
}
