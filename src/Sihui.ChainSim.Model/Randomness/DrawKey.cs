using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>The key of a block of draws: a function of (seed, entity, year, stream); the trial is added per draw.</summary>
public static class DrawKey
{
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static ulong For(ulong seed, ulong entityKey, int year, RandomStream stream) =>
        StableHash.Combine(StableHash.Combine(seed, entityKey), (ulong)year, (ulong)stream);
}
