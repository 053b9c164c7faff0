using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>2 lanes of a Vector128, for the draw code written over <see cref="ILanes{TSelf}"/>.</summary>
internal readonly struct Lanes128(Vector128<ulong> bits) : ILanes<Lanes128>
{
    private readonly Vector128<ulong> _bits = bits;

    private Vector128<double> Doubles => _bits.AsDouble();

    public static int Count => Vector128<ulong>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 Of(double value) => new(Vector128.Create(value).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 OfBits(ulong bits) => new(Vector128.Create(bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 Sequence(ulong first) => new(Vector128.Create(first) + Vector128<ulong>.Indices);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Lanes128 value, Span<double> destination) => value.Doubles.CopyTo(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 operator +(Lanes128 a, Lanes128 b) => new((a.Doubles + b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 operator -(Lanes128 a, Lanes128 b) => new((a.Doubles - b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 operator *(Lanes128 a, Lanes128 b) => new((a.Doubles * b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 operator /(Lanes128 a, Lanes128 b) => new((a.Doubles / b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 Sqrt(Lanes128 a) => new(Vector128.Sqrt(a.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 LessThan(Lanes128 a, Lanes128 b) => new(Vector128.LessThan(a.Doubles, b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 Select(Lanes128 mask, Lanes128 whereSet, Lanes128 whereClear) =>
        new(Vector128.ConditionalSelect(mask._bits, whereSet._bits, whereClear._bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllSet(Lanes128 mask) => Vector128.EqualsAll(mask._bits, Vector128<ulong>.AllBitsSet);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 And(Lanes128 a, Lanes128 b) => new(a._bits & b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 Or(Lanes128 a, Lanes128 b) => new(a._bits | b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 Xor(Lanes128 a, Lanes128 b) => new(a._bits ^ b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 AddBits(Lanes128 a, Lanes128 b) => new(a._bits + b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 SubtractBits(Lanes128 a, Lanes128 b) => new(a._bits - b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 MultiplyBits(Lanes128 a, Lanes128 b) => new(a._bits * b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 ShiftLeft(Lanes128 a, int count) => new(Vector128.ShiftLeft(a._bits, count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes128 ShiftRight(Lanes128 a, int count) => new(Vector128.ShiftRightLogical(a._bits, count));
}
