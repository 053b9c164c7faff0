using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Rough low and high values of a distribution, for checks that need "can it go below zero" or "how large can it get".</summary>
public static class DistributionBounds
{
    /// <summary>The least value it can take; for a normal, its mean (a normal always reaches below zero).</summary>
    public static double Low(Distribution distribution) => distribution switch
    {
        ConstantDistribution c => c.Value,
        NormalDistribution n => n.Mu,
        UniformDistribution u => u.Min,
        TriangularDistribution t => t.Min,
        PertDistribution p => p.Min,
        _ => 0,
    };

    /// <summary>
    /// A value a draw exceeds only by extreme chance: the maximum, or the mean plus four standard deviations. A persistent
    /// draw mixes last year's value with a fresh one, which can reach past either by ρ + sqrt(1 − ρ²) of its distance to the mean.
    /// </summary>
    public static double High(Distribution distribution)
    {
        var high = Single(distribution);
        var rho = distribution.Persistence;
        return rho == 0 ? high : distribution.Mean + ((rho + Math.Sqrt(1 - (rho * rho))) * (high - distribution.Mean));
    }

    private static double Single(Distribution distribution) => distribution switch
    {
        ConstantDistribution c => c.Value,
        NormalDistribution n => n.Mu + (4 * n.Sd),
        LogNormalDistribution l => Math.Exp(l.Mu + (4 * l.Sigma)),
        UniformDistribution u => u.Max,
        TriangularDistribution t => t.Max,
        PertDistribution p => p.Max,
        PoissonDistribution p => p.Lambda + (4 * Math.Sqrt(p.Lambda)),
        BernoulliDistribution => 1,
        _ => distribution.Mean,
    };
}
