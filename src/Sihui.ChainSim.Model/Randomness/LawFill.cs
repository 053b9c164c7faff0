using System.Runtime.CompilerServices;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>
/// Runs a draw law over a block of trials at a lane width, or for one trial. A <see cref="IDrawLaw"/> draws trial k
/// from the counter start H(key, k). A <see cref="IPairedDrawLaw"/> draws trials in blocks of 16: pair
/// p = 8 (k / 16) + k mod 8 gives its first draw to trial 16 (k / 16) + k mod 8 and its second to the trial 8 after,
/// so each row of lanes stores both halves of its pairs without a shuffle, and the map needs no lane width.
/// Each kernel is compiled on its own (NoInlining): inlined into a caller that switches over several laws, they
/// would overrun the JIT's inlining budget and leave the lane operations as calls.
/// </summary>
internal static class LawFill
{
    private const int PairBlock = 16;
    private const int HalfBlock = PairBlock / 2;

    /// <summary>Trial k of <paramref name="destination"/> gets the draw of (key, k).</summary>
    public static void Fill<TLaw>(Span<double> destination, ulong key, TLaw law, DrawPath path)
        where TLaw : struct, IDrawLaw
    {
        switch (path)
        {
            case DrawPath.Vector512:
                Fill<Lanes512, TLaw>(destination, key, law);
                break;
            case DrawPath.Vector256:
                Fill<Lanes256, TLaw>(destination, key, law);
                break;
            case DrawPath.Vector128:
                Fill<Lanes128, TLaw>(destination, key, law);
                break;
            default:
                Fill<Lane1, TLaw>(destination, key, law);
                break;
        }
    }

    /// <summary>Trial k of <paramref name="destination"/> gets its half of its pair's draws.</summary>
    public static void FillPaired<TLaw>(Span<double> destination, ulong key, TLaw law, DrawPath path)
        where TLaw : struct, IPairedDrawLaw
    {
        switch (path)
        {
            case DrawPath.Vector512:
                FillPaired<Lanes512, TLaw>(destination, key, law);
                break;
            case DrawPath.Vector256:
                FillPaired<Lanes256, TLaw>(destination, key, law);
                break;
            case DrawPath.Vector128:
                FillPaired<Lanes128, TLaw>(destination, key, law);
                break;
            default:
                FillPaired<Lane1, TLaw>(destination, key, law);
                break;
        }
    }

    /// <summary>The draw of (key, trial): the scalar lane of the same code, so it equals Fill's value bit for bit.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static double Draw<TLaw>(ulong key, int trial, TLaw law)
        where TLaw : struct, IDrawLaw =>
        law.Draw(CounterBits.Start(Lane1.OfBits(key), Lane1.OfBits((ulong)trial))).Value;

    /// <summary>Trial k's half of its pair: the scalar lane of the same code, so it equals FillPaired's value.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static double DrawPaired<TLaw>(ulong key, int trial, TLaw law)
        where TLaw : struct, IPairedDrawLaw
    {
        var pair = (ulong)(trial / PairBlock * HalfBlock + trial % HalfBlock);
        var (first, second) = law.Draw(CounterBits.Start(Lane1.OfBits(key), Lane1.OfBits(pair)));
        return (trial % PairBlock < HalfBlock ? first : second).Value;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Fill<TV, TLaw>(Span<double> destination, ulong key, TLaw law)
        where TV : struct, ILanes<TV>
        where TLaw : struct, IDrawLaw
    {
        var keys = TV.OfBits(key);
        var trial = 0;
        for (; trial <= destination.Length - TV.Count; trial += TV.Count)
        {
            TV.Store(law.Draw(CounterBits.Start(keys, TV.Sequence((ulong)trial))), destination[trial..]);
        }
        if (trial < destination.Length)
        {
            // The tail runs one more full row of lanes past the end and keeps the trials that exist.
            Span<double> row = stackalloc double[TV.Count];
            TV.Store(law.Draw(CounterBits.Start(keys, TV.Sequence((ulong)trial))), row);
            row[..(destination.Length - trial)].CopyTo(destination[trial..]);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void FillPaired<TV, TLaw>(Span<double> destination, ulong key, TLaw law)
        where TV : struct, ILanes<TV>
        where TLaw : struct, IPairedDrawLaw
    {
        var keys = TV.OfBits(key);
        var trial = 0;
        for (; trial <= destination.Length - PairBlock; trial += PairBlock)
        {
            FillBlock(destination.Slice(trial, PairBlock), keys, (ulong)(trial / 2), law);
        }
        if (trial < destination.Length)
        {
            // The tail draws one more whole block past the end and keeps the trials that exist.
            Span<double> block = stackalloc double[PairBlock];
            FillBlock(block, keys, (ulong)(trial / 2), law);
            block[..(destination.Length - trial)].CopyTo(destination[trial..]);
        }
    }

    // Inlined into the optimised kernels above; compiled on its own it would start unoptimised.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FillBlock<TV, TLaw>(Span<double> block, TV keys, ulong firstPair, TLaw law)
        where TV : struct, ILanes<TV>
        where TLaw : struct, IPairedDrawLaw
    {
        for (var lane = 0; lane < HalfBlock; lane += TV.Count)
        {
            var (first, second) = law.Draw(CounterBits.Start(keys, TV.Sequence(firstPair + (ulong)lane)));
            TV.Store(first, block[lane..]);
            TV.Store(second, block[(HalfBlock + lane)..]);
        }
    }
}
