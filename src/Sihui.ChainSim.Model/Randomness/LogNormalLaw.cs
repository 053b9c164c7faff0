using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

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
