using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Web.Analyses;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Endpoints;
using Sihui.ChainSim.Web.Runs;
using Sihui.ChainSim.Web.Security;

namespace Sihui.ChainSim.Web;

/// <summary>Registers and maps the interactive page and its JSON API. The host registers the <c>ISimulationRunner</c>.</summary>
public static class ChainSimWeb
{
    public static IServiceCollection AddChainSimWeb(this IServiceCollection services, Action<WebOptions> configure)
    {
        services.AddOptions<WebOptions>().Configure(configure).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidator>();
        services.AddSingleton<ScenarioCatalog>();
        services.AddSingleton<ScenarioSnapshots>();
        services.AddHostedService<SnapshotWarmup>();
        services.AddSingleton<SavedVariantStore>();
        services.AddSingleton<RunChannels>();
        services.AddSingleton<RunService>();
        services.AddSingleton<RunGate>();
        services.AddSingleton<RecentRuns>();
        services.AddSingleton<AnalysisService>();
        services.AddSingleton<IdleMemory>();
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication MapChainSimWeb(this WebApplication app)
    {
        // First, so that every answer (refusals and errors too) carries the security headers.
        app.UseMiddleware<RequestGuard>();
        app.Services.GetRequiredService<IdleMemory>().Watch();
        // Anything unexpected becomes a problem document without the exception's text or trace.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The server could not complete the request",
                    detail: "The error was logged on the server.").ExecuteAsync(context);
            },
        });
        app.UseStatusCodePages();
        var api = app.MapGroup("/api");
        ScenarioEndpoints.Map(api);
        RunEndpoints.Map(api);
        AnalysisEndpoints.Map(api);
        VariantEndpoints.Map(api);
        PageEndpoints.Map(app);
        return app;
    }

    /// <summary>The version written into summary.json, without the <c>+commit</c> suffix, as the CLI writes it.</summary>
    public static string Version
    {
        get
        {
            var version = typeof(ChainSimWeb).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }
}
