using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>
/// The counter-based generator: the i-th 64 random bits of (key, trial) are SplitMix64's i-th output from the start
/// H(key, trial), computed directly rather than by stepping, so any lane can compute any trial's draw.
/// </summary>
internal static class CounterBits
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    // The bits of 2^52, a double whose mantissa holds an integer below 2^52 exactly.
    private const ulong TwoPow52Bits = 0x4330000000000000UL;
    private const double TwoPow52 = 4503599627370496.0;
    private const double TwoPowMinus53 = 1.0 / 9007199254740992.0;

    /// <summary>H(key, trial) = StableHash.Combine(key, trial), per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Start<TV>(TV key, TV trial)
        where TV : struct, ILanes<TV> =>
        Mix(TV.Xor(key, Mix(TV.AddBits(trial, TV.OfBits(Gamma)))));

    /// <summary>The i-th 64 random bits (i from 0) after <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Bits<TV>(TV start, int index)
        where TV : struct, ILanes<TV> =>
        Mix(TV.AddBits(start, TV.OfBits(Gamma * (ulong)(index + 1))));

    /// <summary>A uniform in [0, 1) from the top 53 bits, (bits >> 11) · 2^-53, built from exact operations.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Unit<TV>(TV bits)
        where TV : struct, ILanes<TV>
    {
        var high = Integer(TV.ShiftRight(bits, 12));
        var low = Integer(TV.And(TV.ShiftRight(bits, 11), TV.OfBits(1)));
        return (high + high + low) * TV.Of(TwoPowMinus53);
    }

    /// <summary>A uniform in (0, 1), (2 (bits >> 12) + 1) · 2^-53, for a logarithm.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV OpenUnit<TV>(TV bits)
        where TV : struct, ILanes<TV>
    {
        var high = Integer(TV.ShiftRight(bits, 12));
        return (high + high + TV.Of(1)) * TV.Of(TwoPowMinus53);
    }

    /// <summary>The double equal to an integer below 2^52: a conversion without a convert instruction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Integer<TV>(TV below52Bits)
        where TV : struct, ILanes<TV> =>
        TV.Or(below52Bits, TV.OfBits(TwoPow52Bits)) - TV.Of(TwoPow52);

    /// <summary>The SplitMix64 finaliser, <see cref="StableHash.Mix"/>, per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Mix<TV>(TV z)
        where TV : struct, ILanes<TV>
    {
        z = TV.MultiplyBits(TV.Xor(z, TV.ShiftRight(z, 30)), TV.OfBits(0xBF58476D1CE4E5B9UL));
        z = TV.MultiplyBits(TV.Xor(z, TV.ShiftRight(z, 27)), TV.OfBits(0x94D049BB133111EBUL));
        return TV.Xor(z, TV.ShiftRight(z, 31));
    }
}
