using Microsoft.Extensions.Options;

namespace Sihui.ChainSim.Web.Runs;

/// <summary>
/// Bounds the runs computed at once, with a short queue behind them. A run that finds the queue full is
/// refused at once (the endpoint answers 503 with Retry-After) rather than piling up memory.
/// </summary>
public sealed class RunGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly int _admitted;
    private int _waitingOrRunning;

    public RunGate(IOptions<WebOptions> options)
    {
        MaxInFlight = options.Value.MaxRunsInFlight;
        _admitted = MaxInFlight + options.Value.MaxQueuedRuns;
        _slots = new SemaphoreSlim(MaxInFlight, MaxInFlight);
    }

    public int MaxInFlight { get; }

    /// <summary>Runs computing or queued now.</summary>
    public int Busy => Volatile.Read(ref _waitingOrRunning);

    /// <summary>Raised when the last run in flight ends, so memory can be handed back while idle.</summary>
    public event Action? Idle;

    /// <summary>A slot to run in, after waiting in the queue; null when the queue is full.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _waitingOrRunning) > _admitted)
        {
            Leave();
            return null;
        }
        try
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave();
            throw;
        }
        return new Slot(this);
    }

    public void Dispose() => _slots.Dispose();

    private void Leave()
    {
        if (Interlocked.Decrement(ref _waitingOrRunning) == 0)
        {
            Idle?.Invoke();
        }
    }

    private sealed class Slot(RunGate gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate._slots.Release();
                gate.Leave();
            }
        }
    }
}
