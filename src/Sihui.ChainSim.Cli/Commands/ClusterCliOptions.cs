using System.CommandLine;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>
/// The shared <c>--cluster</c>, <c>--redis</c> and <c>--cluster-id</c> options of every command that runs simulations,
/// and how they combine with appsettings.json and <c>CHAINSIM__CLUSTER__*</c> into <see cref="RunnerOptions"/>.
/// </summary>
public sealed class ClusterCliOptions
{
    public Option<bool> Cluster { get; } = new("--cluster")
    {
        Description = "Run on an Orleans cluster (started with 'chainsim silo') instead of a silo in this process. " +
            "Also on when Cluster:Enabled is true in appsettings.json or CHAINSIM__CLUSTER__ENABLED=true.",
    };

    public Option<string?> Redis { get; } = new("--redis")
    {
        HelpName = "HOST:PORT",
        Description = "The cluster's Redis connection (implies --cluster) [default: Cluster:Redis, CHAINSIM__CLUSTER__REDIS].",
    };

    public Option<string?> ClusterId { get; } = new("--cluster-id")
    {
        HelpName = "ID",
        Description = $"The cluster's id [default: Cluster:ClusterId, or {ClusterConnectionOptions.DefaultClusterId}].",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Cluster);
        command.Options.Add(Redis);
        command.Options.Add(ClusterId);
    }

    /// <summary>The runner options for <paramref name="engine"/>, or the reason the cluster settings cannot work.</summary>
    public (RunnerOptions? Options, string? Problem) Resolve(ParseResult parsed, EngineKind engine, string? settingsDirectory = null)
    {
        var commandLine = new Dictionary<string, string?>();
        if (parsed.GetValue(Redis) is { } redis)
        {
            commandLine["Cluster:Redis"] = redis;
        }
        if (parsed.GetValue(ClusterId) is { } clusterId)
        {
            commandLine["Cluster:ClusterId"] = clusterId;
        }
        ClusterConnectionOptions cluster;
        try
        {
            cluster = ChainSimConfiguration.Cluster(ChainSimConfiguration.Build(commandLine, settingsDirectory));
        }
        catch (InvalidOperationException e)
        {
            return (null, $"cluster settings: {CliText.OneLine(e.Message)}");
        }
        var asked = parsed.GetValue(Cluster) || commandLine.ContainsKey("Cluster:Redis");
        if (asked && engine != EngineKind.Orleans)
        {
            return (null, "--cluster runs the orleans engine; drop --engine direct");
        }
        // An explicit --engine direct wins over a configured cluster.
        if (!asked && (!cluster.Enabled || engine != EngineKind.Orleans))
        {
            return (new RunnerOptions { Engine = engine }, null);
        }
        var problems = ChainSimClusterOptionsValidator.Problems(cluster);
        return problems.Count > 0
            ? (null, string.Join("; ", problems))
            : (new RunnerOptions { Engine = EngineKind.Orleans, Cluster = cluster }, null);
    }
}
