namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>
/// Set once when this silo host can no longer serve the cluster (its membership entry or the whole table is gone, or
/// Orleans declared it dead); <see cref="ClusterSilo"/> then replaces the host with a fresh one that joins again.
/// </summary>
public sealed class MembershipLoss
{
    private readonly TaskCompletionSource<string> _lost = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the reason, in one line.</summary>
    public Task<string> Lost => _lost.Task;

    public bool IsLost => _lost.Task.IsCompleted;

    public void Report(string reason) => _lost.TrySetResult(reason);
}
