using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Cluster;
using Sihui.ChainSim.Runner.Hosting;
using Sihui.ChainSim.Web;
using Sihui.ChainSim.Web.Catalog;
using Sihui.ChainSim.Web.Hosting;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim serve [FILE|DIR]</c>: the interactive page and its JSON API, on an Orleans silo in this process or a cluster.</summary>
public static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("FILE|DIR")
        {
            Description = "A scenario file, or a folder whose *.yaml scenarios are served.",
            DefaultValueFactory = _ => "scenarios",
        };
        var port = new Option<int>("--port") { HelpName = "PORT", Description = "TCP port (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            HelpName = "ADDRESS",
            Description = "Address to listen on. The default serves this machine only; anything else is reachable from the network.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var maxTrials = new Option<int>("--max-trials")
        {
            HelpName = "N",
            Description = "The most trials one request may ask for.",
            DefaultValueFactory = _ => WebOptions.DefaultMaxTrials,
        };
        var token = new Option<string?>("--token")
        {
            HelpName = "SECRET",
            Description = "A secret the page and the API require (the start message prints the link with it). Needed for any --host beyond loopback; CHAINSIM_TOKEN sets it too.",
        };
        var limits = new WebLimitOptions();
        var command = new Command("serve", """
            Serve an interactive page: a slider per tunable assumption, and the targets' chances, a fan chart and the
            industry breakdown re-computed as the sliders move. Also a JSON API (see docs/web-api.md). Stop with Ctrl-C.
            Runs on a silo in this process, or on a cluster with --cluster.
            Example: chainsim serve scenarios/sihui-2024.yaml --port 5080
            """)
        {
            path, port, host, maxTrials, token,
        };
        limits.AddTo(command);
        var cluster = new ClusterCliOptions();
        cluster.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (runner, problem) = cluster.Read(parsed, engine: null);
            if (runner is null)
            {
                await console.Error.WriteLineAsync($"chainsim: {problem}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
            var settings = new WebHostSettings
            {
                ScenarioPath = parsed.GetRequiredValue(path),
                Port = parsed.GetValue(port),
                Host = parsed.GetRequiredValue(host),
                MaxTrials = parsed.GetValue(maxTrials),
                Token = parsed.GetValue(token) ?? Environment.GetEnvironmentVariable("CHAINSIM_TOKEN"),
            };
            settings = limits.Apply(parsed, settings);
            return await ServeAsync(console, settings, runner, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>
    /// Serves on the runner <paramref name="choice"/> and the settings under it describe (a silo in this process, or a
    /// cluster client), bound and validated as the other commands' runners are.
    /// </summary>
    public static async Task<int> ServeAsync(CliConsole console, WebHostSettings settings, RunnerChoice choice, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.ScenarioPath) && !Directory.Exists(settings.ScenarioPath))
        {
            await console.Error.WriteLineAsync($"chainsim: no scenario file or folder at {settings.ScenarioPath}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        if (settings.Port is < 0 or > 65535 || settings.MaxTrials < 1)
        {
            await console.Error.WriteLineAsync("chainsim: --port must be 0 to 65535 and --max-trials at least 1").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        WebApplication app;
        try
        {
            app = ChainSimWebHost.Build(settings, builder =>
            {
                // Signals reach this command's token; the host must neither take them nor linger when told to stop.
                ProcessOwnedLifetime.Use(builder.Services);
                builder.Configuration.AddConfiguration(ChainSimConfiguration.Build(choice.Settings));
                ChainSimWebHost.UseConfiguredRunner(builder);
                console.Services?.Invoke(builder.Services);
            });
        }
        catch (WebHostSettingsException ex)
        {
            await console.Error.WriteLineAsync($"chainsim: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        var serving = false;
        try
        {
            await using (app.ConfigureAwait(false))
            {
                try
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OptionsValidationException ex)
                {
                    // The runner's settings (a cluster without Redis, say) are checked once, as the host starts.
                    await console.Error.WriteLineAsync($"chainsim: {string.Join("; ", ex.Failures)}").ConfigureAwait(false);
                    return ExitCodes.InvalidInput;
                }
                var address = ChainSimWebHost.Link(app, settings);
                var loopback = ChainSimWebHost.IsLoopback(settings.Host);
                await console.Out.WriteLineAsync($"serving {address} {(loopback ? "(loopback only)" : "(reachable from the network)")}").ConfigureAwait(false);
                if (!loopback)
                {
                    await console.Error.WriteLineAsync(
                        $"warning: --host {settings.Host} makes the page reachable from other machines; anyone who has the link with its token can run simulations and save variants, and the token travels over plain HTTP")
                        .ConfigureAwait(false);
                }
                var names = app.Services.GetService(typeof(ScenarioCatalog)) is ScenarioCatalog catalog ? catalog.List().Select(e => e.Name).ToList() : [];
                await console.Out.WriteLineAsync($"scenarios: {(names.Count == 0 ? "(none found)" : string.Join(", ", names))}. Press Ctrl-C to stop.").ConfigureAwait(false);
                serving = true;
                // Returns once SIGINT or SIGTERM cancels the token (or the app stops itself), after stopping the app.
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (serving && cancellationToken.IsCancellationRequested)
        {
            // A signal that lands while a warm-up is still running, or while the host stops, is still the ordinary way
            // to stop a server that was serving.
        }
        return ExitCodes.Success;
    }
}
