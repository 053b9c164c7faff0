using System.Text;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>Hashes that are the same on every machine and process (string.GetHashCode is randomised per process).</summary>
public static class StableHash
{
    /// <summary>FNV-1a over the UTF-8 bytes, then a SplitMix64 finaliser to spread the bits.</summary>
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return Mix(hash);
    }

    /// <summary>Combines a key with one more value, order-sensitively.</summary>
    public static ulong Combine(ulong key, ulong value) => Mix(key ^ Mix(value + 0x9E3779B97F4A7C15UL));

    public static ulong Combine(ulong key, ulong a, ulong b) => Combine(Combine(key, a), b);

    /// <summary>The SplitMix64 finaliser: a bijection with good avalanche.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
