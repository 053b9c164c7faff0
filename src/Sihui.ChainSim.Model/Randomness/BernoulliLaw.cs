using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>1 when u &lt; p, else 0: the same u as <see cref="Sampler.Uniform"/>.</summary>
internal readonly record struct BernoulliLaw(double P) : IDrawLaw
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TV Draw<TV>(TV start)
        where TV : struct, ILanes<TV> =>
        TV.And(TV.LessThan(CounterBits.Unit(CounterBits.Bits(start, 0)), TV.Of(P)), TV.Of(1));
}
