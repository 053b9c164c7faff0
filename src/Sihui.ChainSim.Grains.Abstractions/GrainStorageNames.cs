namespace Sihui.ChainSim.Grains;

/// <summary>The grain storage providers a silo must register for the simulation grains.</summary>
public static class GrainStorageNames
{
    /// <summary>Run grains keep their spec and outcome here (memory on the embedded silo, Redis on a cluster).</summary>
    public const string Runs = "runs";
}
