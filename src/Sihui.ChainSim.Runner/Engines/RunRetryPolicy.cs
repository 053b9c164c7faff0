using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Runner.Engines;

/// <summary>
/// How a client replays a run lost with a silo: how many starts in all, the overall limit, how long the run's
/// silo may stay silent, the pause before each replay (doubled every time), and whether each attempt first waits until
/// every silo the membership table lists as Active answers.
/// </summary>
public sealed record RunRetryPolicy(int MaxAttempts, TimeSpan? Timeout, TimeSpan UnreachableTimeout, TimeSpan RetryDelay, bool WaitForMembership = false)
{
    /// <summary>One attempt and no limit: the embedded silo lives and dies with this process.</summary>
    public static RunRetryPolicy None { get; } = new(1, null, TimeSpan.FromMinutes(1), TimeSpan.Zero);

    public static RunRetryPolicy From(ClusterConnectionOptions options) =>
        new(options.MaxAttempts, options.RunTimeout, options.UnreachableTimeout, options.RetryDelay, WaitForMembership: true);

    /// <summary>The pause before attempt <paramref name="attempt"/> (2, 3, …).</summary>
    public TimeSpan DelayBefore(int attempt) => RetryDelay * Math.Pow(2, Math.Max(0, attempt - 2));
}
