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
        where TV : struct, ILanes<TV>
    {
        var radius = TV.Sqrt(TV.Of(-2) * PortableMath.Log(CounterBits.OpenUnit(CounterBits.Bits(start, 0))));
        var (cos, sin) = PortableMath.CosSinTurns(CounterBits.Unit(CounterBits.Bits(start, 1)));
        return (radius * cos, radius * sin);
    }
}

/// <summary>μ + σ Z.</summary>
internal readonly record struct NormalLaw(double Mu, double Sd) : IPairedDrawLaw
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (TV First, TV Second) Draw<TV>(TV start)
        where TV : struct, ILanes<TV>
    {
        var (first, second) = StandardNormalPair.Draw(start);
        return (TV.Of(Mu) + TV.Of(Sd) * first, TV.Of(Mu) + TV.Of(Sd) * second);
    }
}

/// <summary>exp(μ + σ Z).</summary>
internal readonly record struct LogNormalLaw(double Mu, double Sigma) : IPairedDrawLaw
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (TV First, TV Second) Draw<TV>(TV start)
        where TV : struct, ILanes<TV>
    {
        var (first, second) = StandardNormalPair.Draw(start);
        return (PortableMath.Exp(TV.Of(Mu) + TV.Of(Sigma) * first), PortableMath.Exp(TV.Of(Mu) + TV.Of(Sigma) * second));
    }
}

/// <summary>min + (max − min) u.</summary>
internal readonly record struct UniformLaw(double Min, double Max) : IDrawLaw
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TV Draw<TV>(TV start)
        where TV : struct, ILanes<TV> =>
        TV.Of(Min) + CounterBits.Unit(CounterBits.Bits(start, 0)) * TV.Of(Max - Min);
}

/// <summary>1 when u &lt; p, else 0: the same u as <see cref="Sampler.Uniform"/>.</summary>
internal readonly record struct BernoulliLaw(double P) : IDrawLaw
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TV Draw<TV>(TV start)
        where TV : struct, ILanes<TV> =>
        TV.And(TV.LessThan(CounterBits.Unit(CounterBits.Bits(start, 0)), TV.Of(P)), TV.Of(1));
}

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
