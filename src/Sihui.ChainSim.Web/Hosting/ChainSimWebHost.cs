using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sihui.ChainSim.Runner;

namespace Sihui.ChainSim.Web.Hosting;

/// <summary>Where to listen and what to serve.</summary>
public sealed record WebHostSettings
{
    public required string ScenarioPath { get; init; }
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 asks the OS for a free port.</summary>
    public int Port { get; init; } = 5080;
    public int MaxTrials { get; init; } = WebOptions.DefaultMaxTrials;

    /// <summary>Required when <see cref="Host"/> is not a loopback address; the page and the API then need it.</summary>
    public string? Token { get; init; }
    public int MaxRunsInFlight { get; init; } = WebOptions.DefaultMaxRunsInFlight;
    public int MaxQueuedRuns { get; init; } = WebOptions.DefaultMaxRunsInFlight * 2;
    public long MaxWork { get; init; } = WebOptions.DefaultMaxWork;
    public long MaxAnalysisWork { get; init; } = WebOptions.DefaultMaxAnalysisWork;
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;
}

/// <summary>Builds the web app: Kestrel, the page and API, and a runner chosen by the caller (by default the one configuration describes).</summary>
public static class ChainSimWebHost
{
    public static WebApplication Build(WebHostSettings settings, Action<WebApplicationBuilder>? useRunner = null)
    {
        if (!IsLoopback(settings.Host) && string.IsNullOrEmpty(settings.Token))
        {
            throw new WebHostSettingsException(
                $"--host {settings.Host} is reachable from other machines, so it needs --token (or CHAINSIM_TOKEN): a secret of 8 or more characters that the page and the API will ask for");
        }
        if (!string.IsNullOrEmpty(settings.Token) && (settings.Token.Length < 8 || settings.Token.Any(char.IsWhiteSpace)))
        {
            throw new WebHostSettingsException("--token must be at least 8 characters, without spaces");
        }
        if (settings.MaxRunsInFlight < 1 || settings.MaxQueuedRuns < 0 || settings.MaxWork < 1 || settings.MaxAnalysisWork < 1)
        {
            throw new WebHostSettingsException("--max-runs, --max-work and --max-analysis-work must be at least 1, --max-queue at least 0");
        }
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(settings.LogLevel);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.UseKestrel(k => k.Listen(Endpoint(settings.Host, settings.Port)));
        builder.Services.AddChainSimWeb(o =>
        {
            o.ScenarioPath = settings.ScenarioPath;
            o.MaxTrials = settings.MaxTrials;
            o.PageTrials = Math.Min(WebOptions.DefaultPageTrials, settings.MaxTrials);
            o.Version = ChainSimWeb.Version;
            o.ListenHost = settings.Host;
            o.Token = string.IsNullOrEmpty(settings.Token) ? null : settings.Token;
            o.MaxRunsInFlight = settings.MaxRunsInFlight;
            o.MaxQueuedRuns = settings.MaxQueuedRuns;
            o.MaxWork = settings.MaxWork;
            o.MaxAnalysisWork = settings.MaxAnalysisWork;
        });
        (useRunner ?? UseConfiguredRunner)(builder);
        var app = builder.Build();
        app.MapChainSimWeb();
        return app;
    }

    /// <summary>
    /// The runner the app's configuration describes (sections <c>Runner</c> and <c>Cluster</c>), from dependency
    /// injection as the CLI gets its own: by default an Orleans silo in this process, started with the app.
    /// </summary>
    public static void UseConfiguredRunner(WebApplicationBuilder builder)
    {
        builder.Services.AddChainSimRunner();
        builder.Services.AddHostedService<RunnerWarmup>();
    }

    /// <summary>The address the app listens on once started, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
        ?? throw new InvalidOperationException("the server has no address yet; start it first");

    /// <summary>The link to print at start: the address, with the token when one is required.</summary>
    public static string Link(WebApplication app, WebHostSettings settings) =>
        string.IsNullOrEmpty(settings.Token) ? Address(app) : $"{Address(app)}/?{Security.AccessToken.QueryName}={Uri.EscapeDataString(settings.Token)}";

    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));

    private static IPEndPoint Endpoint(string host, int port)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new IPEndPoint(IPAddress.Loopback, port);
        }
        return IPAddress.TryParse(host, out var ip)
            ? new IPEndPoint(ip, port)
            : throw new WebHostSettingsException($"--host must be an IP address or localhost, got '{host}'");
    }
}
