namespace Sihui.ChainSim.Model.Randomness;

/// <summary>Runs a <see cref="IDrawLaw"/> over a block of trials at a lane width, or for one trial.</summary>
internal static class LawFill
{
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

    /// <summary>The draw of (key, trial): the scalar lane of the same code, so it equals Fill's value bit for bit.</summary>
    public static double Draw<TLaw>(ulong key, int trial, TLaw law)
        where TLaw : struct, IDrawLaw =>
        law.Draw(CounterBits.Start(Lane1.OfBits(key), Lane1.OfBits((ulong)trial))).Value;

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
}
