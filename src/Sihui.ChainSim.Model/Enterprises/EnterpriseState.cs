using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Randomness;

namespace Sihui.ChainSim.Model.Enterprises;

/// <summary>One enterprise's volume in every trial, and the growth step that moves it one year on.</summary>
public sealed class EnterpriseState
{
    private readonly EnterprisePlan _plan;
    private readonly Sampler _sampler;
    private readonly double[] _volume;
    private readonly double[] _growth;
    private readonly YearlyDraw _growthDraw;

    public EnterpriseState(EnterprisePlan plan, int trials, ulong seed)
    {
        _plan = plan;
        _sampler = new Sampler(seed);
        _volume = new double[trials];
        Array.Fill(_volume, plan.Definition.Output);
        _growth = new double[trials];
        _growthDraw = new YearlyDraw(plan.Definition.Growth, plan.Key, RandomStream.Growth);
    }

    public EnterprisePlan Plan => _plan;

    /// <summary>Current volume per trial, at base-year prices.</summary>
    public ReadOnlySpan<double> Volume => _volume;

    /// <summary>
    /// Y[t] = min(cap[t], max(0, Y[t-1] (1 + g + s_industry + m))); returns the output value Y[t] P_industry[t] per trial.
    /// </summary>
    public double[] StepYear(int year, ReadOnlySpan<double> industryShock, ReadOnlySpan<double> macroShock, ReadOnlySpan<double> priceIndex)
    {
        _growthDraw.Fill(_growth, _sampler, year);
        var capacity = _plan.CapacityIn(year);
        var value = new double[_volume.Length];
        for (var k = 0; k < _volume.Length; k++)
        {
            var grown = _volume[k] * (1 + _growth[k] + industryShock[k] + macroShock[k]);
            _volume[k] = Math.Min(capacity, Math.Max(0, grown));
            value[k] = _volume[k] * priceIndex[k];
        }
        return value;
    }
}
