using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Economy;

/// <summary>Run-level state carried from year to year: shocks, price deviations and demand, per trial (indicators: <see cref="IndicatorState"/>).</summary>
public sealed class EconomyState
{
    private static readonly NormalDistribution StandardNormal = new(0, 1);
    private static readonly ulong MacroKey = StableHash.Of("economy");

    private readonly CompiledScenario _scenario;
    private readonly Sampler _sampler;
    private readonly ulong[] _industryKeys;

    // The macro and industry shocks, which remember last year's draw when they persist.
    private readonly YearlyDraw _macroShock;
    private readonly YearlyDraw[] _industryShocks;
    // An industry without `price` keeps the flat index 1 every year; arrays passed on are never written to.
    private readonly double[] _flatPrice;
    private double[][] _demand;

    // Per industry: the log-price's deviation u from its drift path (per trial), and Var(u), the same in every trial.
    private double[][] _priceDeviation;
    private readonly double[] _deviationVariance;

    public EconomyState(CompiledScenario scenario)
    {
        _scenario = scenario;
        _sampler = new Sampler(scenario.Seed);
        var definition = scenario.Definition;
        _industryKeys = definition.Industries.Select(i => StableHash.Of("industry:" + i.Id)).ToArray();
        _macroShock = new YearlyDraw(definition.Economy.Shock, MacroKey, RandomStream.MacroShock);
        _industryShocks = definition.Industries.Select((industry, i) => new YearlyDraw(industry.Shock, _industryKeys[i], RandomStream.IndustryShock)).ToArray();
        _flatPrice = Filled(scenario.Trials, 1.0);
        _demand = definition.Industries.Select(_ => Filled(scenario.Trials, 1.0)).ToArray();
        _priceDeviation = definition.Industries.Select(_ => new double[scenario.Trials]).ToArray();
        _deviationVariance = new double[definition.Industries.Count];
    }

    /// <summary>Draws the year's shocks and moves prices and demand one year on; indicators follow after the parks' step.</summary>
    public EconomyYear Advance(int year)
    {
        var definition = _scenario.Definition;
        var macro = Draw(_macroShock, year);

        var industries = definition.Industries;
        var shocks = new double[industries.Count][];
        var prices = new double[industries.Count][];
        var demand = new double[industries.Count][];
        for (var i = 0; i < industries.Count; i++)
        {
            shocks[i] = Draw(_industryShocks[i], year);
            prices[i] = industries[i].Price is { } price ? NextPrices(i, price, year) : _flatPrice;
            demand[i] = NextDemand(_demand[i], shocks[i], macro);
        }
        _demand = demand;
        return new EconomyYear(year, macro, shocks, prices, [], [], demand);
    }

    private double[] Draw(YearlyDraw draw, int year)
    {
        var values = new double[_scenario.Trials];
        draw.Fill(values, _sampler, year);
        return values;
    }

    private double[] Draw(Distribution? distribution, ulong key, int year, RandomStream stream)
    {
        var values = new double[_scenario.Trials];
        if (distribution is not null)
        {
            _sampler.Fill(values, distribution, key, year, stream);
        }
        return values;
    }

    // Mean-reverting log-price around the drift path (docs/model.md):
    //   u[t] = (1 − κ) u[t−1] + volatility Z[t],   V[t] = (1 − κ)² V[t−1] + volatility²,
    //   P[t] = exp(drift (t − base) + u[t] − V[t] / 2),  so E[P[t]] = exp(drift (t − base)); κ = 0 is a random walk.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[] NextPrices(int industry, PriceDefinition price, int year)
    {
        var z = Draw(StandardNormal, _industryKeys[industry], year, RandomStream.Price);
        var keep = 1 - price.MeanReversion;
        var deviation = _priceDeviation[industry];
        var variance = keep * keep * _deviationVariance[industry] + price.Volatility * price.Volatility;
        var level = price.Drift * (year - _scenario.Definition.BaseYear) - variance / 2;
        var next = new double[deviation.Length];
        for (var k = 0; k < next.Length; k++)
        {
            deviation[k] = keep * deviation[k] + price.Volatility * z[k];
            next[k] = Math.Exp(level + deviation[k]);
        }
        _deviationVariance[industry] = variance;
        return next;
    }

    // D[t] = D[t−1] · (1 + s[t] + m[t]): the same shocks that move the industry's incumbents (docs/model.md).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] NextDemand(double[] previous, double[] industryShock, double[] macroShock)
    {
        var next = new double[previous.Length];
        for (var k = 0; k < next.Length; k++)
        {
            next[k] = previous[k] * (1 + industryShock[k] + macroShock[k]);
        }
        return next;
    }

    private static double[] Filled(int length, double value)
    {
        var values = new double[length];
        Array.Fill(values, value);
        return values;
    }
}
