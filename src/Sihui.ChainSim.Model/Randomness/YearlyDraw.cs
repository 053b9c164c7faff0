using System.Runtime.CompilerServices;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Randomness;

/// <summary>
/// A draw made once a year for every trial, remembering last year's values when it persists (docs/model.md):
/// x[base+1] = d[base+1],  x[t] = μ + ρ (x[t−1] − μ) + sqrt(1 − ρ²) (d[t] − μ),
/// with d the fresh draw and μ the distribution's mean, so each year keeps its mean and variance.
/// </summary>
public sealed class YearlyDraw(Distribution? distribution, ulong entityKey, RandomStream stream)
{
    // Last year's values, one per trial.
    private double[]? _last;

    /// <summary>Fills this year's values; no distribution means zeros.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Fill(Span<double> destination, Sampler sampler, int year)
    {
        if (distribution is null)
        {
            destination.Clear();
            return;
        }
        sampler.Fill(destination, distribution, entityKey, year, stream);
        var rho = distribution.Persistence;
        if (rho == 0)
        {
            // Independent years: today's numbers, bit for bit.
            return;
        }
        if (_last is not null)
        {
            Carry(destination, _last, CarryMean(distribution), rho);
        }
        if (_last?.Length != destination.Length)
        {
            // Allocated at the first year; later years of the same trials overwrite it.
            _last = new double[destination.Length];
        }
        destination.CopyTo(_last);
    }

    /// <summary>
    /// μ of the carry. A lognormal's comes from the model's exp, not Math.Exp, so that the carried values are the same
    /// bits on every CPU, like the draws themselves.
    /// </summary>
    internal static double CarryMean(Distribution distribution) => distribution is LogNormalDistribution lognormal
        ? PortableMath.Exp(Lane1.Of(lognormal.Mu + lognormal.Sigma * lognormal.Sigma / 2)).Value
        : distribution.Mean;

    /// <summary>x = μ + ρ (previous − μ) + sqrt(1 − ρ²) (d − μ), in place over the fresh draws d.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Carry(Span<double> draws, ReadOnlySpan<double> previous, double mean, double rho)
    {
        var fresh = Math.Sqrt(1 - rho * rho);
        for (var k = 0; k < draws.Length; k++)
        {
            draws[k] = mean + rho * (previous[k] - mean) + fresh * (draws[k] - mean);
        }
    }
}
