using System.CommandLine;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>
/// The shared <c>--cluster</c>, <c>--redis</c> and <c>--cluster-id</c> options of every command that runs simulations,
/// read into a <see cref="RunnerChoice"/> that appsettings.json and <c>CHAINSIM__CLUSTER__*</c> lie under.
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

    /// <summary>The choice for <paramref name="engine"/> (null: not given), or the reason the flags cannot work together.</summary>
    public (RunnerChoice? Choice, string? Problem) Read(ParseResult parsed, EngineKind? engine)
    {
        var redis = parsed.GetValue(Redis);
        var asked = parsed.GetValue(Cluster) || redis is not null;
        if (asked && engine == EngineKind.Direct)
        {
            return (null, "--cluster runs the orleans engine; drop --engine direct");
        }
        return (RunnerChoice.Of(engine, asked, redis, parsed.GetValue(ClusterId)), null);
    }
}
