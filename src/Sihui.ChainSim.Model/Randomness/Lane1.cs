using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>One lane: the scalar path of the draw code, and the single-trial draw.</summary>
internal readonly struct Lane1(ulong bits) : ILanes<Lane1>
{
    public ulong Bits { get; } = bits;

    public double Value => BitConverter.UInt64BitsToDouble(Bits);

    public static int Count => 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 Of(double value) => new(BitConverter.DoubleToUInt64Bits(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 OfBits(ulong bits) => new(bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 Sequence(ulong first) => new(first);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Lane1 value, Span<double> destination) => destination[0] = value.Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 operator +(Lane1 a, Lane1 b) => Of(a.Value + b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 operator -(Lane1 a, Lane1 b) => Of(a.Value - b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 operator *(Lane1 a, Lane1 b) => Of(a.Value * b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 operator /(Lane1 a, Lane1 b) => Of(a.Value / b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 Sqrt(Lane1 a) => Of(Math.Sqrt(a.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 LessThan(Lane1 a, Lane1 b) => new(a.Value < b.Value ? ulong.MaxValue : 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 Select(Lane1 mask, Lane1 whereSet, Lane1 whereClear) =>
        new((mask.Bits & whereSet.Bits) | (~mask.Bits & whereClear.Bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllSet(Lane1 mask) => mask.Bits == ulong.MaxValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 And(Lane1 a, Lane1 b) => new(a.Bits & b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 Or(Lane1 a, Lane1 b) => new(a.Bits | b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 Xor(Lane1 a, Lane1 b) => new(a.Bits ^ b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 AddBits(Lane1 a, Lane1 b) => new(a.Bits + b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 SubtractBits(Lane1 a, Lane1 b) => new(a.Bits - b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 MultiplyBits(Lane1 a, Lane1 b) => new(a.Bits * b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 ShiftLeft(Lane1 a, int count) => new(a.Bits << count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lane1 ShiftRight(Lane1 a, int count) => new(a.Bits >> count);
}
