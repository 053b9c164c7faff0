using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Model.Randomness;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Economy;

/// <summary>
/// Indicator levels carried from year to year, per trial. A plain indicator adds its yearly draw; a count
/// (docs/model.md) loses Binomial(level, q[t]) units, with q[t] = min(1, q · exp(−c · m[t])), and gains
/// max(0, floor(draw)) units plus, if it says so, the projects that started producing in the year.
/// </summary>
public sealed class IndicatorState
{
    private readonly IReadOnlyList<IndicatorDefinition> _indicators;
    private readonly int _trials;
    private readonly Sampler _sampler;
    private readonly ulong[] _keys;
    private readonly BinomialInverse _binomial = new();
    private double[][] _level;

    public IndicatorState(CompiledScenario scenario)
    {
        _indicators = scenario.Definition.Indicators;
        _trials = scenario.Trials;
        _sampler = new Sampler(scenario.Seed);
        _keys = _indicators.Select(i => StableHash.Of("indicator:" + i.Id)).ToArray();
        _level = _indicators.Select(i => Filled(_trials, i.Initial)).ToArray();
    }

    /// <summary>True when some count adds the projects that start producing, so the parks' year is needed.</summary>
    public bool NeedsProducingProjects => _indicators.Any(i => i.AddsProducingProjects == true);

    /// <summary>The year's economy with its indicator levels and changes, once the parks have stepped.</summary>
    public EconomyYear Complete(EconomyYear economy, IReadOnlyList<ParkYearOutcome> parks)
    {
        var (level, change) = Advance(economy.Year, economy.MacroShock, NeedsProducingProjects ? ProducingProjects(parks) : null);
        return economy with { IndicatorLevel = level, IndicatorChange = change };
    }

    /// <summary>
    /// Moves every indicator one year on. <paramref name="producingProjects"/> is the year's projects_producing per
    /// trial, needed only when a count adds them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double[][] Level, double[][] Change) Advance(int year, double[] macroShock, double[]? producingProjects)
    {
        var levels = new double[_indicators.Count][];
        var changes = new double[_indicators.Count][];
        for (var i = 0; i < _indicators.Count; i++)
        {
            var draws = new double[_trials];
            _sampler.Fill(draws, _indicators[i].AnnualChange, _keys[i], year, RandomStream.IndicatorChange);
            if (_indicators[i].IsCount)
            {
                (levels[i], changes[i]) = NextCount(i, year, draws, macroShock, producingProjects);
            }
            else
            {
                // A plain indicator: level[t] = level[t−1] + draw, today's numbers bit for bit.
                levels[i] = new double[_trials];
                for (var k = 0; k < _trials; k++)
                {
                    levels[i][k] = _level[i][k] + draws[k];
                }
                changes[i] = draws;
            }
        }
        _level = levels;
        return (levels, changes);
    }

    // level[t] = level[t−1] − Binomial(level[t−1], q[t]) + max(0, floor(draw)) + (projects that started producing).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double[] Level, double[] Change) NextCount(int i, int year, double[] draws, double[] macroShock, double[]? producingProjects)
    {
        var indicator = _indicators[i];
        var q = indicator.ExitRate ?? 0;
        var c = indicator.ExitCyclicality ?? 0;
        var producing = indicator.AddsProducingProjects == true ? producingProjects : null;
        var previous = _level[i];
        var level = new double[_trials];
        var change = new double[_trials];
        for (var k = 0; k < _trials; k++)
        {
            var exitRate = c == 0 ? q : Math.Min(1, q * Math.Exp(-c * macroShock[k]));
            var exits = exitRate > 0 && previous[k] > 0
                ? _binomial.Sample(previous[k], exitRate, _sampler.Uniform(_keys[i], year, RandomStream.IndicatorExit, k))
                : 0;
            var entries = Math.Max(0, Math.Floor(draws[k]));
            level[k] = previous[k] - exits + entries + (producing?[k] ?? 0);
            change[k] = level[k] - previous[k];
        }
        return (level, change);
    }

    // projects_producing of the year, summed in park order as the run's metric is.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double[] ProducingProjects(IReadOnlyList<ParkYearOutcome> parks)
    {
        var sum = new double[_trials];
        foreach (var park in parks)
        {
            var producing = park.Park.ProjectsProducing;
            for (var k = 0; k < _trials; k++)
            {
                sum[k] += producing[k];
            }
        }
        return sum;
    }

    private static double[] Filled(int length, double value)
    {
        var values = new double[length];
        Array.Fill(values, value);
        return values;
    }
}
