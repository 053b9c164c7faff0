using MathNet.Numerics.LinearAlgebra;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Compilation;

/// <summary>The Type I indirect multipliers (I - A)^-1 - I from the scenario's local linkages.</summary>
public static class LeontiefMultipliers
{
    /// <summary>Null when the scenario has no linkages. Throws when (I - A) is singular; the loader rejects that first.</summary>
    public static double[,]? Compute(ScenarioDefinition scenario, IReadOnlyDictionary<string, int> industryIndex)
    {
        if (scenario.Linkages.Count == 0)
        {
            return null;
        }
        var n = scenario.Industries.Count;
        var a = Matrix<double>.Build.Dense(n, n);
        foreach (var link in scenario.Linkages)
        {
            a[industryIndex[link.Supplier], industryIndex[link.Buyer]] += link.Coefficient;
        }
        var identity = Matrix<double>.Build.DenseIdentity(n);
        var leontief = (identity - a).Inverse();
        return (leontief - identity).ToArray();
    }
}
