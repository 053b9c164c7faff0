namespace Sihui.ChainSim.Runner.Cluster;

/// <summary>
/// How silos and clients find the cluster, and how long a client waits for it: configuration section
/// <c>Cluster</c> (<c>CHAINSIM__CLUSTER__REDIS</c> and so on).
/// </summary>
public sealed class ClusterConnectionOptions
{
    public const string SectionName = "Cluster";
    public const string DefaultClusterId = "chainsim";
    public const string DefaultServiceId = "sihui-chainsim";
    public const int DefaultMaxAttempts = 4;
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultRunTimeout = TimeSpan.FromHours(2);
    public static readonly TimeSpan DefaultUnreachableTimeout = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>Clients use the cluster even without <c>--cluster</c>.</summary>
    public bool Enabled { get; set; }

    /// <summary>The StackExchange.Redis connection string of the membership table and grain storage, e.g. <c>redis:6379</c>.</summary>
    public string? Redis { get; set; }

    /// <summary>Silos and clients with the same cluster id form one cluster; give every test run its own.</summary>
    public string ClusterId { get; set; } = DefaultClusterId;

    /// <summary>Stays the same across deployments; stored grain state is keyed by it.</summary>
    public string ServiceId { get; set; } = DefaultServiceId;

    /// <summary>Client: how long to keep trying to reach a gateway before giving up.</summary>
    public TimeSpan ConnectTimeout { get; set; } = DefaultConnectTimeout;

    /// <summary>Client: the longest one run may take, replays included.</summary>
    public TimeSpan RunTimeout { get; set; } = DefaultRunTimeout;

    /// <summary>Client: how many times a run is started in all when silos are lost under it.</summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>Client: how long the run's silo may stay silent (until membership declares it dead) before giving up.</summary>
    public TimeSpan UnreachableTimeout { get; set; } = DefaultUnreachableTimeout;

    /// <summary>Client: the pause before a replay, doubled for each further one, so membership can settle.</summary>
    public TimeSpan RetryDelay { get; set; } = DefaultRetryDelay;
}
