using System.Runtime;

namespace Sihui.ChainSim.Web.Runs;

/// <summary>
/// Hands memory back to the system once a burst of runs is over: a run's trial arrays are large objects, which the
/// GC keeps (and the process holds) until a compacting full collection. One such collection, a few seconds after
/// the last run ends, brings the process back near its idle size.
/// </summary>
public sealed class IdleMemory(RunGate gate)
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);
    private int _scheduled;

    public void Watch() => gate.Idle += Schedule;

    private void Schedule()
    {
        if (Interlocked.Exchange(ref _scheduled, 1) == 1)
        {
            return;
        }
        _ = Task.Delay(Delay).ContinueWith(_ =>
        {
            Volatile.Write(ref _scheduled, 0);
            if (gate.Busy == 0)
            {
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
        }, TaskScheduler.Default);
    }
}
