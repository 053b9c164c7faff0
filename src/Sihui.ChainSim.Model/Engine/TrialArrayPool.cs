using System.Collections.Concurrent;

namespace Sihui.ChainSim.Model.Engine;

/// <summary>
/// Arrays of exactly one run's trial count, lent to an enterprise that fills a block of years and given back by the
/// park once it has added them up: the Orleans engine's answers would otherwise be the bulk of a run's allocations.
/// Exact lengths, unlike <see cref="System.Buffers.ArrayPool{T}"/>'s powers of two, so an answer holds its trials and
/// nothing more, and serializes as before when the park is on another silo. It keeps at most a bounded number of bytes.
/// </summary>
public sealed class TrialArrayPool(long maxRetainedBytes)
{
    private readonly ConcurrentDictionary<int, ConcurrentBag<double[]>> _free = new();
    private long _retainedBytes;

    /// <summary>The pool a silo's enterprise and park grains share: enough for the answers its parks hold in flight at once.</summary>
    public static TrialArrayPool Shared { get; } = new(32L << 20);

    /// <summary>An array of <paramref name="length"/> values, with whatever a previous user left in it.</summary>
    public double[] Rent(int length)
    {
        if (_free.TryGetValue(length, out var bag) && bag.TryTake(out var array))
        {
            Interlocked.Add(ref _retainedBytes, -Bytes(array));
            return array;
        }
        return new double[length];
    }

    /// <summary>Takes an array back for reuse; the caller must not touch it afterwards.</summary>
    public void Return(double[] array)
    {
        if (Interlocked.Add(ref _retainedBytes, Bytes(array)) > maxRetainedBytes)
        {
            // Full: the collector takes this one.
            Interlocked.Add(ref _retainedBytes, -Bytes(array));
            return;
        }
        _free.GetOrAdd(array.Length, _ => []).Add(array);
    }

    private static long Bytes(double[] array) => (long)array.Length * sizeof(double);
}
