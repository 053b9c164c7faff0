using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sihui.ChainSim.Runner.Cluster;
using Sihui.ChainSim.Runner.Hosting;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary><c>chainsim silo</c>: runs one silo of a Redis-backed cluster until SIGTERM or Ctrl-C.</summary>
public static class SiloCommand
{
    /// <summary>The line printed once the silo has joined; scripts and tests wait for it.</summary>
    public const string ReadyPrefix = "silo ready: ";

    public static Command Create(CliConsole console)
    {
        // Each option sets one configuration key, so the command line, CHAINSIM__ variables and appsettings.json
        // are read by the same binder and checked by the same validator.
        var settings = new (Option<string?> Option, string Key)[]
        {
            (Text("--redis", "HOST:PORT", "Redis connection of the membership table and run storage."), "Cluster:Redis"),
            (Text("--cluster-id", "ID", $"Cluster id; silos and clients with the same id form one cluster [default: {ClusterConnectionOptions.DefaultClusterId}]."), "Cluster:ClusterId"),
            (Text("--service-id", "ID", $"Service id; stored state is keyed by it [default: {ClusterConnectionOptions.DefaultServiceId}]."), "Cluster:ServiceId"),
            (Text("--silo-port", "PORT", $"Port for silo-to-silo traffic [default: {SiloHostOptions.DefaultSiloPort}]."), "Silo:SiloPort"),
            (Text("--gateway-port", "PORT", $"Port clients connect to [default: {SiloHostOptions.DefaultGatewayPort}]."), "Silo:GatewayPort"),
            (Text("--advertised-address", "ADDRESS", $"IP or host name others reach this silo at [default: {SiloHostOptions.DefaultAdvertisedAddress}]."), "Silo:AdvertisedAddress"),
            (Text("--probe-timeout", "TIME", $"How long a probe of another silo may take, e.g. 00:00:01 [default: {SiloHostOptions.DefaultProbeTimeout}]."), "Silo:ProbeTimeout"),
            (Text("--missed-probes", "N", $"Missed probes before voting a silo dead [default: {SiloHostOptions.DefaultMissedProbesLimit}]."), "Silo:MissedProbesLimit"),
            (Text("--table-refresh", "TIME", $"How often the membership table is re-read [default: {SiloHostOptions.DefaultTableRefreshTimeout}]."), "Silo:TableRefreshTimeout"),
            (Text("--iamalive", "TIME", $"How often the silo writes its heartbeat into the table [default: {SiloHostOptions.DefaultIAmAliveInterval}]."), "Silo:IAmAliveInterval"),
            (Text("--health-file", "PATH", "Where the silo records its membership health [default: chainsim-silo-GATEWAYPORT.health in the temp folder]."), "Silo:HealthFile"),
        };
        var listenAny = new Option<bool>("--listen-any") { Description = "Listen on every interface, e.g. in a container." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log Orleans' informational messages to stderr." };
        var health = new Option<bool>("--health")
        {
            Description = "Do not start a silo: check that the silo with these settings is Active in a readable membership table " +
                "(exit 0) or say why not (exit 1). For container health checks.",
        };
        var command = new Command("silo", """
            Run one silo of a chainsim cluster. Silos find each other through Redis; clients join with
            'chainsim run --cluster'. Settings come from appsettings.json, then CHAINSIM__CLUSTER__* and
            CHAINSIM__SILO__* environment variables, then these options. Prints 'silo ready: ...' once joined,
            joins again by itself if it loses its membership (Redis restarted empty), and leaves the cluster
            cleanly on SIGTERM or Ctrl-C.
            Example: chainsim silo --redis 127.0.0.1:6379 --silo-port 11111 --gateway-port 30000
            """);
        foreach (var (option, _) in settings)
        {
            command.Options.Add(option);
        }
        command.Options.Add(listenAny);
        command.Options.Add(verbose);
        command.Options.Add(health);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var commandLine = settings
                .Where(s => parsed.GetValue(s.Option) is not null)
                .ToDictionary(s => s.Key, s => parsed.GetValue(s.Option));
            if (parsed.GetValue(listenAny))
            {
                commandLine["Silo:ListenOnAnyAddress"] = "true";
            }
            var configuration = ChainSimConfiguration.Build(commandLine);
            try
            {
                if (parsed.GetValue(health))
                {
                    return await CheckHealthAsync(console, ChainSimConfiguration.Silo(configuration)).ConfigureAwait(false);
                }
                return await RunSiloAsync(console, configuration, parsed.GetValue(verbose) ? LogLevel.Information : LogLevel.Warning, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (OptionsValidationException e)
            {
                // The silo's host binds and validates its settings once, as it starts.
                return await FailAsync(console, string.Join("; ", e.Failures)).ConfigureAwait(false);
            }
            catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
            {
                return await FailAsync(console, string.Join("; ", e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures))).ConfigureAwait(false);
            }
            catch (InvalidOperationException e) when (e.InnerException is FormatException or InvalidCastException or OverflowException || e.Message.Contains("Failed to convert", StringComparison.Ordinal))
            {
                return await FailAsync(console, $"silo settings: {CliText.OneLine(e.Message)}").ConfigureAwait(false);
            }
        });
        return command;
    }

    private static async Task<int> RunSiloAsync(
        CliConsole console, IConfiguration configuration, LogLevel logLevel, CancellationToken cancellationToken)
    {
        await using var silo = await ClusterSilo.StartAsync(configuration, logLevel, cancellationToken).ConfigureAwait(false);
        await console.Out.WriteLineAsync(ReadyPrefix + silo.Describe()).ConfigureAwait(false);
        await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            while (await silo.WaitForStopOrLossAsync(cancellationToken).ConfigureAwait(false) is { } reason)
            {
                await console.Error.WriteLineAsync($"silo rejoining: {reason}").ConfigureAwait(false);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                await silo.RejoinAsync(problem => console.Error.WriteLine($"silo rejoin attempt failed: {problem}"), cancellationToken).ConfigureAwait(false);
                await console.Error.WriteLineAsync($"silo rejoined: {silo.Describe()} ({clock.Elapsed.TotalSeconds:F1} s)").ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // SIGTERM or Ctrl-C while rejoining: leave below.
        }
        await console.Error.WriteLineAsync($"silo stopping: {silo.Address.Endpoint}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<int> CheckHealthAsync(CliConsole console, SiloHostOptions silo)
    {
        var (healthy, message) = SiloHealthFile.Check(silo.ResolvedHealthFile, DateTimeOffset.UtcNow);
        await (healthy ? console.Out : console.Error).WriteLineAsync((healthy ? "healthy: " : "chainsim: unhealthy: ") + message).ConfigureAwait(false);
        return healthy ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static async Task<int> FailAsync(CliConsole console, string message)
    {
        await console.Error.WriteLineAsync($"chainsim: {message}").ConfigureAwait(false);
        return ExitCodes.InvalidInput;
    }

    private static Option<string?> Text(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description };
}
