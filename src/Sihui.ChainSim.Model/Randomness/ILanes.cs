namespace Sihui.ChainSim.Model.Randomness;

/// <summary>
/// A row of 64-bit lanes, read as doubles or as bits by the operation: the one vocabulary the draw code is written
/// in, so the scalar path and every vector width run the same operations in the same order. Only operations that
/// IEEE 754 rounds exactly (+, −, ×, ÷, sqrt) and bit operations are offered, so every path gives the same bits.
/// </summary>
internal interface ILanes<TSelf>
    where TSelf : struct, ILanes<TSelf>
{
    static abstract int Count { get; }

    static abstract TSelf Of(double value);

    static abstract TSelf OfBits(ulong bits);

    /// <summary>first, first + 1, … across the lanes.</summary>
    static abstract TSelf Sequence(ulong first);

    /// <summary>Writes <see cref="Count"/> doubles to the start of <paramref name="destination"/>.</summary>
    static abstract void Store(TSelf value, Span<double> destination);

    static abstract TSelf operator +(TSelf a, TSelf b);

    static abstract TSelf operator -(TSelf a, TSelf b);

    static abstract TSelf operator *(TSelf a, TSelf b);

    static abstract TSelf operator /(TSelf a, TSelf b);

    static abstract TSelf Sqrt(TSelf a);

    /// <summary>All bits set in the lanes where a &lt; b, none elsewhere.</summary>
    static abstract TSelf LessThan(TSelf a, TSelf b);

    /// <summary>The bits of <paramref name="whereSet"/> where <paramref name="mask"/>'s are set, else those of <paramref name="whereClear"/>.</summary>
    static abstract TSelf Select(TSelf mask, TSelf whereSet, TSelf whereClear);

    /// <summary>Whether every lane of <paramref name="mask"/> has all its bits set, as <see cref="LessThan"/> sets them.</summary>
    static abstract bool AllSet(TSelf mask);

    static abstract TSelf And(TSelf a, TSelf b);

    static abstract TSelf Or(TSelf a, TSelf b);

    static abstract TSelf Xor(TSelf a, TSelf b);

    /// <summary>Integer sum of the lanes' bits, modulo 2^64.</summary>
    static abstract TSelf AddBits(TSelf a, TSelf b);

    /// <summary>Integer difference of the lanes' bits, modulo 2^64.</summary>
    static abstract TSelf SubtractBits(TSelf a, TSelf b);

    /// <summary>Integer product of the lanes' bits, modulo 2^64.</summary>
    static abstract TSelf MultiplyBits(TSelf a, TSelf b);

    static abstract TSelf ShiftLeft(TSelf a, int count);

    /// <summary>Logical (zero-filling) right shift of the lanes' bits.</summary>
    static abstract TSelf ShiftRight(TSelf a, int count);
}
