namespace Sihui.ChainSim.Model.Randomness;

/// <summary>A distribution's draw from a trial's counter start, the same code on every lane width.</summary>
internal interface IDrawLaw
{
    TV Draw<TV>(TV start)
        where TV : struct, ILanes<TV>;
}
