namespace Sihui.ChainSim.Model.Randomness;

/// <summary>A distribution drawn two at a time from one counter start, such as Box–Muller's two normals.</summary>
internal interface IPairedDrawLaw
{
    (TV First, TV Second) Draw<TV>(TV start)
        where TV : struct, ILanes<TV>;
}
