using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Hosting;

namespace Sihui.ChainSim.Web.Hosting;

/// <summary>Where to listen and what to serve.</summary>
public sealed record WebHostSettings
{
    public required string ScenarioPath { get; init; }
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 asks the OS for a free port.</summary>
    public int Port { get; init; } = 5080;
    public int MaxTrials { get; init; } = WebOptions.DefaultMaxTrials;
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;
}

/// <summary>Builds the web app: Kestrel, the page and API, and a runner chosen by the caller (the embedded silo by default).</summary>
public static class ChainSimWebHost
{
    public static WebApplication Build(WebHostSettings settings, Action<WebApplicationBuilder>? useRunner = null)
    {
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
        });
        (useRunner ?? UseEmbeddedSilo)(builder);
        var app = builder.Build();
        app.MapChainSimWeb();
        return app;
    }

    /// <summary>Co-hosts an Orleans silo in this process, as the CLI's embedded engine does, and runs on it.</summary>
    public static void UseEmbeddedSilo(WebApplicationBuilder builder)
    {
        builder.UseOrleans(silo => silo.UseChainSimEmbedded());
        builder.Services.AddSingleton<ISimulationRunner>(EmbeddedSilo.CreateRunner);
    }

    /// <summary>The address the app listens on once started, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
        ?? throw new InvalidOperationException("the server has no address yet; start it first");

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
            : throw new ArgumentException($"--host must be an IP address or localhost, got '{host}'", nameof(host));
    }
}
