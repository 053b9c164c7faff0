using System.Collections.Concurrent;
using System.Text.Json;
using Sihui.ChainSim.Contracts;

namespace Sihui.ChainSim.Web.Analyses;

/// <summary>
/// The analyses' runner: the registered one, keeping the outcomes of the last few runs by request. A page compares its
/// baseline with each new position of its sliders, and its tornado starts from the columns it compared, so the same run
/// is asked for again and again. A run is a function of its request, so an equal request (every field, compared through
/// the JSON it travels to the silos as) is answered with the outcome it had, the same bits. Only finished runs are kept:
/// a run cancelled or failed is asked of the runner again.
/// </summary>
public sealed class RecentRuns(ISimulationRunner runner) : ISimulationRunner
{
    // A page's columns and base cases; an outcome of Sihui at 2,000 trials holds summaries, not trials, so a few MB at most.
    private const int Capacity = 8;
    private readonly ConcurrentDictionary<string, RunOutcome> _outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>Runs answered from an earlier outcome, for tests and measurements.</summary>
    public int Reused => Volatile.Read(ref _reused);
    private int _reused;

    public async Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var key = JsonSerializer.Serialize(request);
        if (_outcomes.TryGetValue(key, out var known))
        {
            Interlocked.Increment(ref _reused);
            return known;
        }
        var outcome = await runner.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
        if (_outcomes.TryAdd(key, outcome))
        {
            _order.Enqueue(key);
            while (_order.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                _outcomes.TryRemove(oldest, out _);
            }
        }
        return outcome;
    }
}
