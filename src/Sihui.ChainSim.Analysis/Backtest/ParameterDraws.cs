using System.Globalization;
using Sihui.ChainSim.Analysis.Calibration;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Backtest;

/// <summary>
/// Sets of fitted values drawn from their uncertainty: a forecast made from fitted values taken as exact is too
/// narrow. A mean's error compounds year on year while the yearly noise does not, so the gap grows with the horizon;
/// an sd fitted from a few years is as often too small as too large, and a band drawn from a small one misses more
/// than one drawn from a large one catches. Each mean is drawn normal around its value with its standard error, each
/// sd s fitted from n values as s·√((n − 1) / χ²₍ₙ₋₁₎), the posterior of σ that makes the forecast Student-t.
/// One draw means none: the calibrated values as fitted.
/// </summary>
public static class ParameterDraws
{
    public const int Default = 10;

    /// <summary><paramref name="count"/> sets of overrides, each a function of (seed, origin, draw) only.</summary>
    public static IReadOnlyList<IReadOnlyList<OverrideDefinition>> Of(CalibrationResult calibration, int count, ulong seed, int origin)
    {
        if (count <= 1)
        {
            return [[]];
        }
        var means = calibration.Parameters
            .Where(p => p.Path.EndsWith(".mean", StringComparison.Ordinal) && p.StandardError > 0 && double.IsFinite(p.StandardError))
            .ToList();
        var sds = calibration.Parameters.Where(p => p.Path.EndsWith(".sd", StringComparison.Ordinal) && p.N >= 2 && p.Value > 0).ToList();
        var draws = new List<IReadOnlyList<OverrideDefinition>>();
        for (var k = 0; k < count; k++)
        {
            var random = new Random(unchecked((int)(seed * 1_000_003UL + (ulong)origin * 7919UL + (ulong)k)));
            var set = means.Select(p => Set(p.Path, p.Value + p.StandardError * Normal(random))).ToList();
            set.AddRange(sds.Select(p => Set(p.Path, p.Value * Math.Sqrt((p.N - 1) / ChiSquared(random, p.N - 1)))));
            draws.Add(set);
        }
        return draws;
    }

    private static OverrideDefinition Set(string path, double value) => new(path, value.ToString("R", CultureInfo.InvariantCulture));

    private static double ChiSquared(Random random, int degrees)
    {
        var sum = 0.0;
        for (var i = 0; i < degrees; i++)
        {
            var z = Normal(random);
            sum += z * z;
        }
        return sum;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
