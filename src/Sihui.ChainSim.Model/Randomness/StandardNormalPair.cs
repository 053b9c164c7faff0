using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>
/// Two independent standard normals from one counter start, by Box–Muller: with R = sqrt(−2 ln u₀′),
/// (R cos 2πu₁, R sin 2πu₁). Exact, and without rejection, so every lane does the same work.
/// </summary>
internal static class StandardNormalPair
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (TV First, TV Second) Draw<TV>(TV start)
        where TV : struct, ILanes<TV> =>
        Draw(start, 0);

    /// <summary>The pair from bits <paramref name="index"/> (the radius) and <paramref name="index"/> + 1 (the angle).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (TV First, TV Second) Draw<TV>(TV start, int index)
        where TV : struct, ILanes<TV>
    {
        var radius = TV.Sqrt(TV.Of(-2) * PortableMath.Log(CounterBits.OpenUnit(CounterBits.Bits(start, index))));
        var (cos, sin) = PortableMath.CosSinTurns(CounterBits.Unit(CounterBits.Bits(start, index + 1)));
        return (radius * cos, radius * sin);
    }
}
