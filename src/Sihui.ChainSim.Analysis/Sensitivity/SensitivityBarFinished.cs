namespace Sihui.ChainSim.Analysis.Sensitivity;

/// <summary>A bar whose two runs have finished (not ranked yet: its rank is 0), the <see cref="Done"/>-th of <see cref="Of"/>, with the base case.</summary>
public sealed record SensitivityBarFinished(TornadoBar Bar, int Done, int Of, double BaseProbability, double BaseP50);
