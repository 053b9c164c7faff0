namespace Sihui.ChainSim.Model.Randomness;

/// <summary>
/// A <see cref="Random"/> whose numbers are a pure function of (key, trial): SplitMix64 run from a hashed start.
/// Resetting it per trial makes every draw independent of batching, placement and thread timing.
/// </summary>
public sealed class CounterRandom : Random
{
    private ulong _state;

    public CounterRandom Reset(ulong key, int trial)
    {
        _state = StableHash.Combine(key, (ulong)trial);
        return this;
    }

    private ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return StableHash.Mix(_state);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    protected override double Sample() => NextDouble();

    public override int Next() => (int)(NextUInt64() >> 33);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)(NextDouble() * maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue + (int)(NextDouble() * ((long)maxValue - minValue));
    }

    public override long NextInt64() => (long)(NextUInt64() >> 1);

    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)(NextUInt64() >> 56);
        }
    }

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());
}
