using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Model.Tests.Parks;

/// <summary>Steps one park's ParkState year by year with given price indices and zero enterprise values.</summary>
internal sealed class ParkRunner
{
    private int _year;

    public ParkRunner(ScenarioDefinition definition, int parkIndex = 0)
    {
        Scenario = CompiledScenario.Compile(definition);
        State = new ParkState(Scenario, Scenario.Parks[parkIndex]);
        _year = Scenario.BaseYear;
    }

    public CompiledScenario Scenario { get; }
    public ParkState State { get; }
    public List<ParkYearResult> Years { get; } = [];

    /// <summary>Steps the next year with every industry's price index at <paramref name="price"/> and demand index at <paramref name="demand"/>.</summary>
    public ParkYearResult Step(double price = 1.0, double demand = 1.0)
    {
        _year++;
        var trials = Scenario.Trials;
        var prices = Enumerable.Range(0, Scenario.IndustryCount).Select(_ => Filled(trials, price)).ToArray();
        var demands = Enumerable.Range(0, Scenario.IndustryCount).Select(_ => Filled(trials, demand)).ToArray();
        var enterprises = State.Plan.EnterpriseIndices.Select(_ => new double[trials]).ToArray();
        var result = State.StepYear(_year, prices, demands, enterprises);
        Years.Add(result);
        return result;
    }

    public ParkRunner StepYears(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Step();
        }
        return this;
    }

    /// <summary>A per-year series of trial 0 of some result field.</summary>
    public double[] Series(Func<ParkYearResult, double[]> field) => Years.Select(y => field(y)[0]).ToArray();

    /// <summary>Trial 0's project output of an industry, per year (0 where the park had none).</summary>
    public double[] ProjectOutput(int industry = 0) => Years.Select(y => y.ProjectValueByIndustry[industry]?[0] ?? 0).ToArray();

    private static double[] Filled(int length, double value)
    {
        var values = new double[length];
        Array.Fill(values, value);
        return values;
    }
}
