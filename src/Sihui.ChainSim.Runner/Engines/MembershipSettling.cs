using Orleans.Runtime;

namespace Sihui.ChainSim.Runner.Engines;

/// <summary>
/// Waits, before a run is replayed, until every silo the membership table calls Active answers. A replay started while
/// a dead silo is still listed would place grains on it and be lost again at once, spending an attempt for nothing.
/// </summary>
public static class MembershipSettling
{
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>True once all Active silos answered; false if <paramref name="limit"/> passed first (the caller goes on anyway).</summary>
    public static async Task<bool> WaitAsync(IGrainFactory grains, TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + limit;
        var management = grains.GetGrain<IManagementGrain>(0);
        while (true)
        {
            if (await AllActiveAnswerAsync(management, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<bool> AllActiveAnswerAsync(IManagementGrain management, CancellationToken cancellationToken)
    {
        try
        {
            var active = (await management.GetHosts(onlyActive: true).WaitAsync(AskTimeout, cancellationToken).ConfigureAwait(false)).Keys.ToArray();
            if (active.Length == 0)
            {
                return false;
            }
            var answers = active.Select(silo => management.GetRuntimeStatistics([silo]).WaitAsync(AskTimeout, cancellationToken));
            await Task.WhenAll(answers).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception)
        {
            // A listed silo that does not answer (or the management grain's own silo gone): not settled yet.
            return false;
        }
    }
}
