using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>8 lanes of a Vector512, for the draw code written over <see cref="ILanes{TSelf}"/>.</summary>
internal readonly struct Lanes512(Vector512<ulong> bits) : ILanes<Lanes512>
{
    private readonly Vector512<ulong> _bits = bits;

    private Vector512<double> Doubles => _bits.AsDouble();

    public static int Count => Vector512<ulong>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Of(double value) => new(Vector512.Create(value).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 OfBits(ulong bits) => new(Vector512.Create(bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Sequence(ulong first) => new(Vector512.Create(first) + Vector512<ulong>.Indices);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Lanes512 value, Span<double> destination) => value.Doubles.CopyTo(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator +(Lanes512 a, Lanes512 b) => new((a.Doubles + b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator -(Lanes512 a, Lanes512 b) => new((a.Doubles - b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator *(Lanes512 a, Lanes512 b) => new((a.Doubles * b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 operator /(Lanes512 a, Lanes512 b) => new((a.Doubles / b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Sqrt(Lanes512 a) => new(Vector512.Sqrt(a.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 LessThan(Lanes512 a, Lanes512 b) => new(Vector512.LessThan(a.Doubles, b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Select(Lanes512 mask, Lanes512 whereSet, Lanes512 whereClear) =>
        new(Vector512.ConditionalSelect(mask._bits, whereSet._bits, whereClear._bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllSet(Lanes512 mask) => Vector512.EqualsAll(mask._bits, Vector512<ulong>.AllBitsSet);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 And(Lanes512 a, Lanes512 b) => new(a._bits & b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Or(Lanes512 a, Lanes512 b) => new(a._bits | b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Xor(Lanes512 a, Lanes512 b) => new(a._bits ^ b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 AddBits(Lanes512 a, Lanes512 b) => new(a._bits + b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 SubtractBits(Lanes512 a, Lanes512 b) => new(a._bits - b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 MultiplyBits(Lanes512 a, Lanes512 b) => new(a._bits * b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 ShiftLeft(Lanes512 a, int count) => new(Vector512.ShiftLeft(a._bits, count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 ShiftRight(Lanes512 a, int count) => new(Vector512.ShiftRightLogical(a._bits, count));
}
