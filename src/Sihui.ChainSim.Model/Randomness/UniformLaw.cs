using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>min + (max − min) u.</summary>
internal readonly record struct UniformLaw(double Min, double Max) : IDrawLaw
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TV Draw<TV>(TV start)
        where TV : struct, ILanes<TV> =>
        TV.Of(Min) + CounterBits.Unit(CounterBits.Bits(start, 0)) * TV.Of(Max - Min);
}
