using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;

namespace Sihui.ChainSim.Web.Tests.Support;

/// <summary>A runner that never finishes on its own: each run waits until it is cancelled, and says so.</summary>
public sealed class GatedRunner : ISimulationRunner
{
    private readonly SemaphoreSlim _started = new(0);

    public int Cancelled;

    public async Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        _started.Release();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref Cancelled);
            throw;
        }
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Waits until a run has reached the runner.</summary>
    public Task<bool> StartedAsync() => _started.WaitAsync(TimeSpan.FromSeconds(30));
}
