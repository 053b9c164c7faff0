using MathNet.Numerics.Distributions;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>Draws from scenario distributions with MathNet.Numerics, reproducibly from (seed, entity, year, stream, trial).</summary>
public sealed class Sampler(ulong seed)
{
    private readonly CounterRandom _random = new();

    public ulong Seed { get; } = seed;

    /// <summary>One draw per trial into <paramref name="destination"/>; trial k uses the k-th counter.</summary>
    public void Fill(Span<double> destination, Distribution distribution, ulong entityKey, int year, RandomStream stream)
    {
        if (distribution is ConstantDistribution constant)
        {
            destination.Fill(constant.Value);
            return;
        }
        var key = DrawKey.For(Seed, entityKey, year, stream);
        for (var trial = 0; trial < destination.Length; trial++)
        {
            destination[trial] = Draw(distribution, _random.Reset(key, trial));
        }
    }

    /// <summary>A single draw for one trial.</summary>
    public double Draw(Distribution distribution, ulong entityKey, int year, RandomStream stream, int trial) =>
        distribution is ConstantDistribution constant
            ? constant.Value
            : Draw(distribution, _random.Reset(DrawKey.For(Seed, entityKey, year, stream), trial));

    /// <summary>A uniform number in [0, 1) for one trial, for Bernoulli events such as stalls and starts.</summary>
    public double Uniform(ulong entityKey, int year, RandomStream stream, int trial) =>
        _random.Reset(DrawKey.For(Seed, entityKey, year, stream), trial).NextDouble();

    private static double Draw(Distribution distribution, Random random) => distribution switch
    {
        ConstantDistribution c => c.Value,
        NormalDistribution n => n.Sd == 0 ? n.Mu : Normal.Sample(random, n.Mu, n.Sd),
        LogNormalDistribution l => l.Sigma == 0 ? Math.Exp(l.Mu) : LogNormal.Sample(random, l.Mu, l.Sigma),
        TriangularDistribution t => t.Min == t.Max ? t.Min : Triangular.Sample(random, t.Min, t.Max, t.Mode),
        PertDistribution p => p.Min == p.Max ? p.Min : SamplePert(p, random),
        UniformDistribution u => u.Min == u.Max ? u.Min : ContinuousUniform.Sample(random, u.Min, u.Max),
        PoissonDistribution p => p.Lambda == 0 ? 0 : Poisson.Sample(random, p.Lambda),
        BernoulliDistribution b => random.NextDouble() < b.P ? 1 : 0,
        _ => throw new ArgumentOutOfRangeException(nameof(distribution), distribution, "unknown distribution"),
    };

    // PERT is a beta on [min, max] with shape 1 + 4 (mode - min) / (max - min), 1 + 4 (max - mode) / (max - min).
    private static double SamplePert(PertDistribution p, Random random)
    {
        var range = p.Max - p.Min;
        var alpha = 1 + 4 * (p.Mode - p.Min) / range;
        var beta = 1 + 4 * (p.Max - p.Mode) / range;
        return p.Min + range * Beta.Sample(random, alpha, beta);
    }
}
