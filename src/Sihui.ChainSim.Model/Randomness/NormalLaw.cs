using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

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
