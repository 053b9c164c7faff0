using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>
/// PERT on [min, max]: min + (max − min) X / (X + Y), a beta from two gammas X ~ Gamma(α), Y ~ Gamma(β) with
/// α = 1 + 4 (mode − min) / (max − min) and β = 1 + 4 (max − mode) / (max − min), both at least 1.
/// </summary>
/// <remarks>
/// Each gamma is Marsaglia and Tsang's (2000) exact rejection: with d = shape − 1/3 and c = 1 / sqrt(9 d), an attempt
/// takes a normal z and a uniform u, sets v = (1 + c z)³ and keeps d v when v &gt; 0 and ln u &lt; z²/2 + d − d v + d ln v.
/// Attempt i reads bits 4i and 4i + 1 (Box–Muller's two normals, one per gamma) and bits 4i + 2 and 4i + 3 (the two
/// uniforms), and a lane keeps each gamma's first accepted attempt. So a trial's value depends on its own counter alone,
/// however many attempts the other lanes of its row need; an attempt is accepted about 96% of the time or more.
/// </remarks>
internal readonly struct PertLaw : IDrawLaw
{
    private readonly double _min;
    private readonly double _range;
    private readonly double _firstD;
    private readonly double _firstC;
    private readonly double _secondD;
    private readonly double _secondC;

    public PertLaw(double min, double mode, double max)
    {
        _min = min;
        _range = max - min;
        (_firstD, _firstC) = Constants(1 + 4 * (mode - min) / _range);
        (_secondD, _secondC) = Constants(1 + 4 * (max - mode) / _range);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TV Draw<TV>(TV start)
        where TV : struct, ILanes<TV>
    {
        var first = TV.Of(0);
        var second = TV.Of(0);
        var firstDone = TV.OfBits(0);
        var secondDone = TV.OfBits(0);
        for (var index = 0; ; index += 4)
        {
            var (z1, z2) = StandardNormalPair.Draw(start, index);
            var (firstAccepted, firstValue) = Attempt(z1, CounterBits.OpenUnit(CounterBits.Bits(start, index + 2)), _firstD, _firstC);
            var (secondAccepted, secondValue) = Attempt(z2, CounterBits.OpenUnit(CounterBits.Bits(start, index + 3)), _secondD, _secondC);
            first = TV.Select(firstDone, first, firstValue);
            second = TV.Select(secondDone, second, secondValue);
            firstDone = TV.Or(firstDone, firstAccepted);
            secondDone = TV.Or(secondDone, secondAccepted);
            if (TV.AllSet(TV.And(firstDone, secondDone)))
            {
                return TV.Of(_min) + TV.Of(_range) * (first / (first + second));
            }
        }
    }

    // One attempt of Marsaglia and Tsang's method: whether it is accepted (all bits set), and its value d v.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (TV Accepted, TV Value) Attempt<TV>(TV z, TV u, double d, double c)
        where TV : struct, ILanes<TV>
    {
        var root = TV.Of(1) + TV.Of(c) * z;
        var positive = TV.LessThan(TV.Of(0), root);
        // Where 1 + c z ≤ 0 the attempt is refused; v = 1 there keeps the logarithm's argument valid.
        var v = TV.Select(positive, root * root * root, TV.Of(1));
        var z2 = z * z;
        // Marsaglia and Tsang's squeeze, u < 1 − 0.0331 z⁴, accepts most attempts without a logarithm. It implies the
        // full test, and a lane's decision is "squeeze or full test" whether or not the full test is computed.
        var accepted = TV.And(positive, TV.LessThan(u, TV.Of(1) - TV.Of(0.0331) * (z2 * z2)));
        if (!TV.AllSet(TV.Or(accepted, TV.Xor(positive, TV.OfBits(ulong.MaxValue)))))
        {
            var bound = TV.Of(0.5) * z2 + TV.Of(d) - TV.Of(d) * v + TV.Of(d) * PortableMath.Log(v);
            accepted = TV.Or(accepted, TV.And(positive, TV.LessThan(PortableMath.Log(u), bound)));
        }
        return (accepted, TV.Of(d) * v);
    }

    private static (double D, double C) Constants(double shape)
    {
        var d = shape - 1.0 / 3;
        return (d, 1 / Math.Sqrt(9 * d));
    }
}
