using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>
/// log, exp, and cos and sin of 2πu, to within a few ulp, from +, −, ×, ÷, sqrt and bit operations only, and never fused:
/// Math.Log and Vector512.Log may differ in the last bit between a CPU's vector unit and a library's scalar
/// fallback, and these must not. Range reduction is exact; the polynomials are Taylor series taken far enough
/// that their truncation is under 2^-54 on the reduced range, and evaluated by Estrin's scheme (a shorter dependency
/// chain than Horner's, which the scalar single-trial draw feels).
/// </summary>
internal static class PortableMath
{
    // ln 2 split so that k · Ln2High is exact for |k| < 2^11: the high part ends in 21 zero bits.
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double Log2E = 1.4426950408889634;
    private const double Sqrt2 = 1.4142135623730951;

    // Adding 1.5 · 2^52 rounds a double below 2^51 in magnitude to the nearest integer, held in the low mantissa bits.
    private const double RoundingShift = 6755399441055744.0;
    private const ulong RoundingShiftBits = 0x4338000000000000UL;

    private const ulong MantissaBits = 0x000FFFFFFFFFFFFFUL;
    private const ulong OneBits = 0x3FF0000000000000UL;

    /// <summary>Beyond these exp overflows to +∞ or is taken as 0 (below e^-708 ≈ 3e-308).</summary>
    private const double ExpMax = 709.0;
    private const double ExpMin = -708.0;

    /// <summary>ln x for a positive normal x.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static TV Log<TV>(TV x)
        where TV : struct, ILanes<TV>
    {
        // x = 2^e · m with m in [1, 2), then m halved when above √2 so that m is in [√2/2, √2).
        var exponentField = TV.ShiftRight(x, 52);
        var m = TV.Or(TV.And(x, TV.OfBits(MantissaBits)), TV.OfBits(OneBits));
        var halve = TV.LessThan(TV.Of(Sqrt2), m);
        m = TV.Select(halve, m * TV.Of(0.5), m);
        var e = CounterBits.Integer<TV>(exponentField) - TV.Of(1023) + TV.And(halve, TV.Of(1));

        // ln m = 2 atanh(s) = 2 (s + s³/3 + s⁵/5 + …), s = (m − 1) / (m + 1), |s| ≤ 0.1716.
        var f = m - TV.Of(1);
        var s = f / (m + TV.Of(1));
        var z = s * s;
        var z2 = z * z;
        var z4 = z2 * z2;
        var series = z * ((Line(1.0 / 3, 1.0 / 5, z) + Line(1.0 / 7, 1.0 / 9, z) * z2
            + (Line(1.0 / 11, 1.0 / 13, z) + Line(1.0 / 15, 1.0 / 17, z) * z2) * z4)
            + (Line(1.0 / 19, 1.0 / 21, z) + TV.Of(1.0 / 23) * z2) * (z4 * z4));
        var twoS = s + s;
        var logM = twoS + twoS * series;
        return e * TV.Of(Ln2High) + (logM + e * TV.Of(Ln2Low));
    }

    /// <summary>e^x; +∞ above 709 and 0 below −708.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static TV Exp<TV>(TV x)
        where TV : struct, ILanes<TV>
    {
        // x = k ln 2 + r with k the nearest integer to x / ln 2, so |r| ≤ ln 2 / 2; e^x = 2^k e^r.
        var shifted = x * TV.Of(Log2E) + TV.Of(RoundingShift);
        var k = shifted - TV.Of(RoundingShift);
        var r = x - k * TV.Of(Ln2High) - k * TV.Of(Ln2Low);
        var r2 = r * r;
        var r4 = r2 * r2;
        var p = Line(1, 1, r) + Line(1.0 / 2, 1.0 / 6, r) * r2
            + (Line(1.0 / 24, 1.0 / 120, r) + Line(1.0 / 720, 1.0 / 5040, r) * r2) * r4
            + (Line(1.0 / 40320, 1.0 / 362880, r) + Line(1.0 / 3628800, 1.0 / 39916800, r) * r2
                + Line(1.0 / 479001600, 1.0 / 6227020800, r) * r4) * (r4 * r4);
        // 2^k from its exponent field; k + 1023 is in [1, 2046] wherever the result is used.
        var integerK = TV.SubtractBits(shifted, TV.OfBits(RoundingShiftBits));
        var scale = TV.ShiftLeft(TV.AddBits(integerK, TV.OfBits(1023)), 52);
        var result = p * scale;
        result = TV.Select(TV.LessThan(TV.Of(ExpMax), x), TV.Of(double.PositiveInfinity), result);
        return TV.Select(TV.LessThan(x, TV.Of(ExpMin)), TV.Of(0), result);
    }

    /// <summary>
    /// (cos 2πu, sin 2πu) for u in [0, 1): u is in turns, so the reduction to an eighth of a turn either side of a
    /// quarter is exact, and one pair of polynomials serves both.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static (TV Cos, TV Sin) CosSinTurns<TV>(TV u)
        where TV : struct, ILanes<TV>
    {
        // 4u = q + 4r with q the nearest integer, so r is in [−1/8, 1/8] of a turn and 2πu = q π/2 + 2πr.
        var quarters = u * TV.Of(4);
        var shifted = quarters + TV.Of(RoundingShift);
        var q = TV.SubtractBits(shifted, TV.OfBits(RoundingShiftBits));
        var r = (quarters - (shifted - TV.Of(RoundingShift))) * TV.Of(0.25);
        var r2 = r * r;

        // Taylor series of sin(2πr) and cos(2πr) in r², coefficients (−1)^j (2π)^n / n!.
        var r4 = r2 * r2;
        var r8 = r4 * r4;
        var sin = r * (Line(6.283185307179586, -41.34170224039976, r2) + Line(81.60524927607506, -76.70585975306139, r2) * r4
            + (Line(42.058693944897655, -15.09464257682299, r2) + Line(3.819952584848282, -0.7181223017785006, r2) * r4) * r8
            + TV.Of(0.10422916220813984) * (r8 * r8));
        var cos = Line(1, -19.739208802178716, r2) + Line(64.9393940226683, -85.45681720669373, r2) * r4
            + (Line(60.24464137187666, -26.4262567833744, r2) + Line(7.903536371318469, -1.714390711088672, r2) * r4) * r8
            + TV.Of(0.28200596845579123) * (r8 * r8);

        // With θ = 2πr, for q mod 4 = 0, 1, 2, 3: cos(qπ/2 + θ) is cos θ, −sin θ, −cos θ, sin θ
        // and sin(qπ/2 + θ) is sin θ, cos θ, −sin θ, −cos θ.
        var odd = TV.SubtractBits(TV.OfBits(0), TV.And(q, TV.OfBits(1)));
        var cosNegative = TV.ShiftLeft(TV.And(TV.AddBits(q, TV.OfBits(1)), TV.OfBits(2)), 62);
        var sinNegative = TV.ShiftLeft(TV.And(q, TV.OfBits(2)), 62);
        return (TV.Xor(TV.Select(odd, sin, cos), cosNegative), TV.Xor(TV.Select(odd, cos, sin), sinNegative));
    }

    /// <summary>a + b x: the polynomials are evaluated by Estrin's scheme, pairs of terms first, for a short chain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Line<TV>(double a, double b, TV x)
        where TV : struct, ILanes<TV> =>
        TV.Of(a) + TV.Of(b) * x;
}
