using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Cli.Commands;

/// <summary>
/// Where a command simulates, as the command line asked: its <c>--engine</c> and <c>--cluster</c> flags written as
/// configuration keys (<c>Runner:Engine</c>, <c>Cluster:*</c>), which win over appsettings.json and <c>CHAINSIM__</c> variables.
/// </summary>
public sealed record RunnerChoice(IReadOnlyDictionary<string, string?> Settings, bool EngineGiven, bool ClusterAsked)
{
    /// <summary>
    /// The flags of a command line; <paramref name="engine"/> is null when <c>--engine</c> was not given, so the
    /// configured engine applies. An explicit <c>--engine direct</c> wins over a configured cluster.
    /// </summary>
    public static RunnerChoice Of(EngineKind? engine, bool clusterAsked, string? redis, string? clusterId)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (engine is { } chosen)
        {
            settings[$"{RunnerOptions.SectionName}:{nameof(RunnerOptions.Engine)}"] = chosen.ToString();
        }
        if (clusterAsked || engine == EngineKind.Direct)
        {
            settings[$"{ClusterConnectionOptions.SectionName}:{nameof(ClusterConnectionOptions.Enabled)}"] = clusterAsked ? "true" : "false";
        }
        if (redis is not null)
        {
            settings[$"{ClusterConnectionOptions.SectionName}:{nameof(ClusterConnectionOptions.Redis)}"] = redis;
        }
        if (clusterId is not null)
        {
            settings[$"{ClusterConnectionOptions.SectionName}:{nameof(ClusterConnectionOptions.ClusterId)}"] = clusterId;
        }
        return new RunnerChoice(settings, engine is not null, clusterAsked);
    }

    /// <summary>The engine a replayed summary names, unless the command line chose one (or a cluster) itself.</summary>
    public RunnerChoice OrEngine(EngineKind engine) =>
        EngineGiven || ClusterAsked
            ? this
            : Of(engine, clusterAsked: false, Value(nameof(ClusterConnectionOptions.Redis)), Value(nameof(ClusterConnectionOptions.ClusterId)));

    private string? Value(string key) => Settings.GetValueOrDefault($"{ClusterConnectionOptions.SectionName}:{key}");
}
