using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Randomness;

namespace Sihui.ChainSim.Model.Enterprises;

/// <summary>One enterprise's volume in every trial, and the growth step that moves it one year on.</summary>
public sealed class EnterpriseState
{
    private readonly EnterprisePlan _plan;
    private readonly Sampler _sampler;
    private readonly double[] _volume;
    private readonly YearlyDraw _growthDraw;

    public EnterpriseState(EnterprisePlan plan, int trials, ulong seed)
    {
        _plan = plan;
        _sampler = new Sampler(seed);
        // Lives for the whole run: on the pinned heap the collector never moves (compacts) it.
        _volume = GC.AllocateUninitializedArray<double>(trials, pinned: true);
        Array.Fill(_volume, plan.Definition.Output);
        _growthDraw = new YearlyDraw(plan.Definition.Growth, plan.Key, RandomStream.Growth);
    }

    public EnterprisePlan Plan => _plan;

    /// <summary>Current volume per trial, at base-year prices.</summary>
    public ReadOnlySpan<double> Volume => _volume;

    /// <summary>As <see cref="StepYear(int, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>, into a new array.</summary>
    public double[] StepYear(int year, ReadOnlySpan<double> industryShock, ReadOnlySpan<double> macroShock, ReadOnlySpan<double> priceIndex)
    {
        var value = new double[_volume.Length];
        StepYear(year, industryShock, macroShock, priceIndex, value);
        return value;
    }

    /// <summary>
    /// Y[t] = min(cap[t], max(0, Y[t-1] (1 + g + s_industry + m))); writes the output value Y[t] P_industry[t] per trial
    /// into <paramref name="value"/>, which holds the growth draws first, so a step needs no memory of its own.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void StepYear(
        int year, ReadOnlySpan<double> industryShock, ReadOnlySpan<double> macroShock, ReadOnlySpan<double> priceIndex, Span<double> value)
    {
        var volume = _volume.AsSpan();
        value = value[..volume.Length];
        _growthDraw.Fill(value, _sampler, year);
        var capacity = _plan.CapacityIn(year);
        industryShock = industryShock[..volume.Length];
        macroShock = macroShock[..volume.Length];
        priceIndex = priceIndex[..volume.Length];
        for (var k = 0; k < volume.Length; k++)
        {
            var grown = volume[k] * (1 + value[k] + industryShock[k] + macroShock[k]);
            volume[k] = Math.Min(capacity, Math.Max(0, grown));
            value[k] = volume[k] * priceIndex[k];
        }
    }
}
