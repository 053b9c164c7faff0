using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>
/// The triangular's inverse CDF, both branches on every lane and the right one kept:
/// a + sqrt(u (b − a)(c − a)) below u = (c − a) / (b − a), else b − sqrt((1 − u)(b − a)(b − c)).
/// </summary>
internal readonly record struct TriangularLaw(double Min, double Mode, double Max) : IDrawLaw
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TV Draw<TV>(TV start)
        where TV : struct, ILanes<TV>
    {
        var u = CounterBits.Unit(CounterBits.Bits(start, 0));
        var range = Max - Min;
        var rising = TV.Of(Min) + TV.Sqrt(u * TV.Of(range * (Mode - Min)));
        var falling = TV.Of(Max) - TV.Sqrt((TV.Of(1) - u) * TV.Of(range * (Max - Mode)));
        return TV.Select(TV.LessThan(u, TV.Of((Mode - Min) / range)), rising, falling);
    }
}
