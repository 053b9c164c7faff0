using System.Runtime.CompilerServices;
using MathNet.Numerics.Distributions;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>
/// Draws from scenario distributions, reproducibly from (seed, entity, year, stream, trial). Normal, lognormal,
/// uniform, triangular, PERT and Bernoulli draws are vectorised (<see cref="LawFill"/>); Poisson goes through
/// MathNet.Numerics' exact sampler, fed by the same counter stream.
/// </summary>
public sealed class Sampler
{
    // Only the Poisson draws use it, reset to each trial's stream.
    private readonly CounterRandom _random = new();
    private readonly DrawPath _path;

    public Sampler(ulong seed)
        : this(seed, DrawPaths.Best)
    {
    }

    /// <summary>A sampler held to one lane width, for tests; every width gives the same numbers.</summary>
    internal Sampler(ulong seed, DrawPath path)
    {
        Seed = seed;
        _path = path;
    }

    public ulong Seed { get; }

    /// <summary>One draw per trial into <paramref name="destination"/>; trial k uses the k-th counter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Fill(Span<double> destination, Distribution distribution, ulong entityKey, int year, RandomStream stream)
    {
        if (Degenerate(distribution) is { } value)
        {
            destination.Fill(value);
            return;
        }
        var key = DrawKey.For(Seed, entityKey, year, stream);
        switch (distribution)
        {
            case NormalDistribution n:
                LawFill.FillPaired(destination, key, new NormalLaw(n.Mu, n.Sd), _path);
                break;
            case LogNormalDistribution l:
                LawFill.FillPaired(destination, key, new LogNormalLaw(l.Mu, l.Sigma), _path);
                break;
            case UniformDistribution u:
                LawFill.Fill(destination, key, new UniformLaw(u.Min, u.Max), _path);
                break;
            case TriangularDistribution t:
                LawFill.Fill(destination, key, new TriangularLaw(t.Min, t.Mode, t.Max), _path);
                break;
            case BernoulliDistribution b:
                LawFill.Fill(destination, key, new BernoulliLaw(b.P), _path);
                break;
            case PertDistribution p:
                LawFill.Fill(destination, key, new PertLaw(p.Min, p.Mode, p.Max), _path);
                break;
            default:
                for (var trial = 0; trial < destination.Length; trial++)
                {
                    destination[trial] = DrawFromStream(distribution, _random.Reset(key, trial));
                }
                break;
        }
    }

    /// <summary>A single draw for one trial: the value <see cref="Fill"/> gives that trial, bit for bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public double Draw(Distribution distribution, ulong entityKey, int year, RandomStream stream, int trial) =>
        Degenerate(distribution) is { } value ? value : Draw(distribution, KeyOf(entityKey, year, stream), trial);

    /// <summary>
    /// The key of (entity, year, stream) for <see cref="Draw(Distribution, ulong, int)"/> and <see cref="Uniform(ulong, int)"/>,
    /// for draws that repeat it over many trials.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public ulong KeyOf(ulong entityKey, int year, RandomStream stream) => DrawKey.For(Seed, entityKey, year, stream);

    /// <summary>As <see cref="Draw(Distribution, ulong, int, RandomStream, int)"/>, with the key <see cref="KeyOf"/> gave.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Draw(Distribution distribution, ulong key, int trial)
    {
        if (Degenerate(distribution) is { } value)
        {
            return value;
        }
        return distribution switch
        {
            NormalDistribution n => LawFill.DrawPaired(key, trial, new NormalLaw(n.Mu, n.Sd)),
            LogNormalDistribution l => LawFill.DrawPaired(key, trial, new LogNormalLaw(l.Mu, l.Sigma)),
            UniformDistribution u => LawFill.Draw(key, trial, new UniformLaw(u.Min, u.Max)),
            TriangularDistribution t => LawFill.Draw(key, trial, new TriangularLaw(t.Min, t.Mode, t.Max)),
            BernoulliDistribution b => LawFill.Draw(key, trial, new BernoulliLaw(b.P)),
            PertDistribution p => LawFill.Draw(key, trial, new PertLaw(p.Min, p.Mode, p.Max)),
            _ => DrawFromStream(distribution, _random.Reset(key, trial)),
        };
    }

    /// <summary>A uniform number in [0, 1) for one trial, for Bernoulli events such as stalls and starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public double Uniform(ulong entityKey, int year, RandomStream stream, int trial) => Uniform(KeyOf(entityKey, year, stream), trial);

    /// <summary>As <see cref="Uniform(ulong, int, RandomStream, int)"/>, with the key <see cref="KeyOf"/> gave.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static double Uniform(ulong key, int trial)
    {
        var start = CounterBits.Start(Lane1.OfBits(key), Lane1.OfBits((ulong)trial));
        return CounterBits.Unit(CounterBits.Bits(start, 0)).Value;
    }

    // A distribution that draws nothing: a constant, or one whose spread is zero.
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static double? Degenerate(Distribution distribution) => distribution switch
    {
        ConstantDistribution c => c.Value,
        NormalDistribution { Sd: 0 } n => n.Mu,
        LogNormalDistribution { Sigma: 0 } l => PortableMath.Exp(Lane1.Of(l.Mu)).Value,
        TriangularDistribution t when t.Min == t.Max => t.Min,
        PertDistribution p when p.Min == p.Max => p.Min,
        UniformDistribution u when u.Min == u.Max => u.Min,
        PoissonDistribution { Lambda: 0 } => 0,
        _ => null,
    };

    private static double DrawFromStream(Distribution distribution, Random random) => distribution switch
    {
        PoissonDistribution p => Poisson.Sample(random, p.Lambda),
        _ => throw new ArgumentOutOfRangeException(nameof(distribution), distribution, "unknown distribution"),
    };
}
