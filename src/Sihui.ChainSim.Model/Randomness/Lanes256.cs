using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>4 lanes of a Vector256, for the draw code written over <see cref="ILanes{TSelf}"/>.</summary>
internal readonly struct Lanes256(Vector256<ulong> bits) : ILanes<Lanes256>
{
    private readonly Vector256<ulong> _bits = bits;

    private Vector256<double> Doubles => _bits.AsDouble();

    public static int Count => Vector256<ulong>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Of(double value) => new(Vector256.Create(value).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 OfBits(ulong bits) => new(Vector256.Create(bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Sequence(ulong first) => new(Vector256.Create(first) + Vector256<ulong>.Indices);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Lanes256 value, Span<double> destination) => value.Doubles.CopyTo(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator +(Lanes256 a, Lanes256 b) => new((a.Doubles + b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator -(Lanes256 a, Lanes256 b) => new((a.Doubles - b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator *(Lanes256 a, Lanes256 b) => new((a.Doubles * b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 operator /(Lanes256 a, Lanes256 b) => new((a.Doubles / b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Sqrt(Lanes256 a) => new(Vector256.Sqrt(a.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 LessThan(Lanes256 a, Lanes256 b) => new(Vector256.LessThan(a.Doubles, b.Doubles).AsUInt64());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Select(Lanes256 mask, Lanes256 whereSet, Lanes256 whereClear) =>
        new(Vector256.ConditionalSelect(mask._bits, whereSet._bits, whereClear._bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllSet(Lanes256 mask) => Vector256.EqualsAll(mask._bits, Vector256<ulong>.AllBitsSet);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 And(Lanes256 a, Lanes256 b) => new(a._bits & b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Or(Lanes256 a, Lanes256 b) => new(a._bits | b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Xor(Lanes256 a, Lanes256 b) => new(a._bits ^ b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 AddBits(Lanes256 a, Lanes256 b) => new(a._bits + b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 SubtractBits(Lanes256 a, Lanes256 b) => new(a._bits - b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 MultiplyBits(Lanes256 a, Lanes256 b) => new(a._bits * b._bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 ShiftLeft(Lanes256 a, int count) => new(Vector256.ShiftLeft(a._bits, count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 ShiftRight(Lanes256 a, int count) => new(Vector256.ShiftRightLogical(a._bits, count));
}
