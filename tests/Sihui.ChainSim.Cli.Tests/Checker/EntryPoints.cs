using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Engines;
using Sihui.ChainSim.Scenarios.Tests.Loading;
using Sihui.ChainSim.Web.Hosting;

namespace Sihui.ChainSim.Cli.Tests.Checker;

/// <summary>What an entry point made of a file: refused it, ran it with warnings, or ran it cleanly.</summary>
public enum Verdict
{
    Accepted,
    Warned,
    Refused,
}

/// <summary>
/// Every entry point, in this process: the CLI's validate, run and compare through <see cref="CliApp"/>, and the
/// web app (on the direct engine, for speed) through its API's run endpoint, the page's channelled run and its report.
/// Each case is written to the served folder once, so all of them read the same file.
/// </summary>
public sealed class EntryPoints : IAsyncLifetime
{
    private WebApplication? _app;

    public TempDirectory Served { get; } = new();
    public TempDirectory Output { get; } = new();
    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        var settings = new WebHostSettings { ScenarioPath = Served.Path, Port = 0, MaxTrials = 1000 };
        _app = ChainSimWebHost.Build(settings, b => b.Services.AddSingleton<ISimulationRunner>(_ => new DirectRunner()));
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(ChainSimWebHost.Address(_app)), Timeout = TimeSpan.FromMinutes(2) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Served.Dispose();
        Output.Dispose();
    }

    /// <summary>Writes the case as <c>NAME.yaml</c> in the served folder; returns its path.</summary>
    internal string Write(string name, MalformedCase c)
    {
        var path = Served.File(name + ".yaml");
        File.WriteAllBytes(path, c.Bytes ?? Encoding.UTF8.GetBytes(c.Text));
        return path;
    }

    internal async Task<(Verdict Verdict, string Said)> ValidateAsync(string path, MalformedCase c) =>
        Of(await CliHarness.RunAsync([.. new[] { "validate", path }, .. Options(c)]));

    internal async Task<(Verdict Verdict, string Said)> RunAsync(string path, MalformedCase c) =>
        Of(await CliHarness.RunAsync([.. new[] { "run", path, "--engine", "direct", "--trials", "20", "--quiet", "--out", Output.File(Guid.NewGuid().ToString("N")) }, .. Options(c)]));

    /// <summary>compare takes variants but no overrides; null for a case that needs --set.</summary>
    internal async Task<(Verdict Verdict, string Said)?> CompareAsync(string path, MalformedCase c)
    {
        if (c.Options?.Set.Count > 0)
        {
            return null;
        }
        string[] args = ["compare", path, path, "--engine", "direct", "--trials", "20", "--out", Output.File(Guid.NewGuid().ToString("N"))];
        return Of(await CliHarness.RunAsync(c.Options?.Variant is { } v ? [.. args, "--variants", v] : args));
    }

    /// <summary>POSTs to <paramref name="endpoint"/> ("run" or "report"); with a channel, as the page's script calls it.</summary>
    internal async Task<(Verdict Verdict, string Said)> PostAsync(string name, MalformedCase c, string endpoint, bool asPage)
    {
        var body = new Dictionary<string, object?> { ["trials"] = 20 };
        if (c.Options?.Variant is { } variant)
        {
            body["variant"] = variant;
        }
        if (c.Options?.Set.Count > 0)
        {
            body["set"] = c.Options.Set.ToDictionary(s => s.Path, s => s.Value);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint == "report" ? $"/api/scenarios/{name}/report?lang=en" : $"/api/scenarios/{name}/{endpoint}") { Content = JsonContent.Create(body) };
        if (asPage)
        {
            request.Headers.Add("X-Run-Channel", "page-" + name);
        }
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode is >= 400 and < 500)
        {
            return (Verdict.Refused, text);
        }
        Assert.True(response.IsSuccessStatusCode, $"{endpoint} answered {(int)response.StatusCode}: {text}");
        if (endpoint == "report")
        {
            return (text.Contains("## Warnings", StringComparison.Ordinal) ? Verdict.Warned : Verdict.Accepted, text);
        }
        var warnings = JsonDocument.Parse(text).RootElement.GetProperty("warnings").GetArrayLength();
        return (warnings > 0 ? Verdict.Warned : Verdict.Accepted, text);
    }

    private static string[] Options(MalformedCase c)
    {
        var args = new List<string>();
        if (c.Options?.Variant is { } variant)
        {
            args.AddRange(["--variant", variant]);
        }
        foreach (var item in c.Options?.Set ?? [])
        {
            args.AddRange(["--set", $"{item.Path}={item.Value}"]);
        }
        return [.. args];
    }

    private static (Verdict, string) Of(CliResult result)
    {
        Assert.False(result.HasStackTrace, result.Error);
        var verdict = result.ExitCode switch
        {
            ExitCodes.InvalidInput => Verdict.Refused,
            ExitCodes.Success when result.Error.Contains("warning: ", StringComparison.Ordinal) => Verdict.Warned,
            ExitCodes.Success => Verdict.Accepted,
            _ => throw new Xunit.Sdk.XunitException($"exit {result.ExitCode}: {result.Error}"),
        };
        return (verdict, result.Error);
    }
}
