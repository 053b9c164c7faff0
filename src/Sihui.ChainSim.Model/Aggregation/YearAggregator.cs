using System.Runtime.CompilerServices;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Model.Aggregation;

/// <summary>
/// Combines the parks' year into run-level metrics per trial, adding the Type I indirect effect of producing projects.
/// Sums run in park order, then industry order, so every engine gets the same bits.
/// </summary>
public static class YearAggregator
{
    /// <summary>Per-trial values of every run-level metric (all but enterprise_output) for one year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Dictionary<string, double[]> Combine(CompiledScenario scenario, EconomyYear economy, IReadOnlyList<ParkYearOutcome> parks)
    {
        var trials = scenario.Trials;
        var definition = scenario.Definition;
        var industryCount = scenario.IndustryCount;
        var metrics = new Dictionary<string, double[]>(StringComparer.Ordinal);

        var industryOutput = new double[industryCount][];
        var direct = new double[industryCount][];
        for (var i = 0; i < industryCount; i++)
        {
            industryOutput[i] = new double[trials];
            direct[i] = new double[trials];
            foreach (var park in parks)
            {
                AddInto(industryOutput[i], park.Park.EnterpriseValueByIndustry[i]);
                AddInto(industryOutput[i], park.Park.ProjectValueByIndustry[i]);
                AddInto(direct[i], park.Park.ProjectValueByIndustry[i]);
            }
        }
        if (scenario.IndirectMultipliers is { } multipliers)
        {
            AddIndirectEffect(industryOutput, direct, multipliers);
        }

        var total = new double[trials];
        for (var i = 0; i < industryCount; i++)
        {
            AddInto(total, industryOutput[i]);
            metrics[MetricNames.IndustryOutput(definition.Industries[i].Id)] = industryOutput[i];
        }
        metrics[MetricNames.TotalOutput] = total;
        AddValueAdded(scenario, industryOutput, metrics);
        metrics[MetricNames.ProjectsStarted] = SumOver(parks, p => p.ProjectsStarted, trials);
        metrics[MetricNames.ProjectsCompleted] = SumOver(parks, p => p.ProjectsCompleted, trials);
        metrics[MetricNames.ProjectsProducing] = SumOver(parks, p => p.ProjectsProducing, trials);
        metrics[MetricNames.NewProjectInvestment] = SumOver(parks, p => p.NewProjectInvestment, trials);
        metrics[MetricNames.ProjectsStalled] = SumOver(parks, p => p.ProjectsStalled, trials);

        foreach (var plan in scenario.Parks.Where(p => !p.IsImplicit))
        {
            metrics[MetricNames.ParkOutput(plan.Id)] = parks[plan.Index].Park.Output;
            metrics[MetricNames.LandUsed(plan.Id)] = parks[plan.Index].Park.LandUsed;
        }
        for (var i = 0; i < definition.Indicators.Count; i++)
        {
            metrics[MetricNames.Indicator(definition.Indicators[i].Id)] = economy.IndicatorLevel[i];
            metrics[MetricNames.IndicatorChange(definition.Indicators[i].Id)] = economy.IndicatorChange[i];
        }
        return metrics;
    }

    /// <summary>
    /// Per industry and trial, the output value of projects in their first producing year with their indirect effect
    /// (L - I) D_first: what the comparable growth rates leave out of year t.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[][] FirstYearProjectValue(CompiledScenario scenario, IReadOnlyList<ParkYearOutcome> parks)
    {
        var trials = scenario.Trials;
        var industryCount = scenario.IndustryCount;
        var value = new double[industryCount][];
        var direct = new double[industryCount][];
        for (var i = 0; i < industryCount; i++)
        {
            value[i] = new double[trials];
            direct[i] = new double[trials];
            foreach (var park in parks)
            {
                AddInto(value[i], park.Park.FirstYearProjectValueByIndustry?[i]);
                AddInto(direct[i], park.Park.FirstYearProjectValueByIndustry?[i]);
            }
        }
        if (scenario.IndirectMultipliers is { } multipliers)
        {
            AddIndirectEffect(value, direct, multipliers);
        }
        return value;
    }

    // industry_value_added:<id> = industry output x ratio; value_added sums them in industry order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddValueAdded(CompiledScenario scenario, double[][] industryOutput, Dictionary<string, double[]> metrics)
    {
        var industries = scenario.Definition.Industries;
        if (!industries.Any(i => i.ValueAddedRatio is not null))
        {
            return;
        }
        var total = new double[scenario.Trials];
        for (var i = 0; i < industries.Count; i++)
        {
            if (industries[i].ValueAddedRatio is not { } ratio)
            {
                continue;
            }
            var valueAdded = new double[total.Length];
            for (var k = 0; k < total.Length; k++)
            {
                valueAdded[k] = industryOutput[i][k] * ratio;
            }
            AddInto(total, valueAdded);
            metrics[MetricNames.IndustryValueAdded(industries[i].Id)] = valueAdded;
        }
        metrics[MetricNames.ValueAdded] = total;
    }

    // indirect = (L - I) D, added industry by industry; D is the output value of producing projects.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddIndirectEffect(double[][] industryOutput, double[][] direct, double[,] multipliers)
    {
        var n = industryOutput.Length;
        var trials = industryOutput.Length == 0 ? 0 : industryOutput[0].Length;
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < trials; k++)
            {
                var indirect = 0.0;
                for (var j = 0; j < n; j++)
                {
                    indirect += multipliers[i, j] * direct[j][k];
                }
                industryOutput[i][k] += indirect;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] SumOver(IReadOnlyList<ParkYearOutcome> parks, Func<Parks.ParkYearResult, double[]> select, int trials)
    {
        var sum = new double[trials];
        foreach (var park in parks)
        {
            AddInto(sum, select(park.Park));
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddInto(double[] sum, double[]? values)
    {
        if (values is null)
        {
            return;
        }
        for (var k = 0; k < sum.Length; k++)
        {
            sum[k] += values[k];
        }
    }
}
