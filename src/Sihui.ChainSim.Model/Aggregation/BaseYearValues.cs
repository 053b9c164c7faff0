using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Model.Aggregation;

/// <summary>
/// Every plain metric's value in the base year, from the file alone: no shocks, every price and demand index 1,
/// enterprises at their <c>output</c>, projects producing at the end of the base year in their first producing year
/// (ramp_up[0]) with their indirect effect. Null where the file cannot say (the year's events, indicator changes).
/// </summary>
public static class BaseYearValues
{
    /// <summary>The values in <see cref="MetricNames.Plain"/> order.</summary>
    public static IReadOnlyList<(string Metric, double? Value)> Compute(CompiledScenario scenario)
    {
        var definition = scenario.Definition;
        var n = scenario.IndustryCount;
        var enterprises = new double[n];
        var projects = new double[n];
        var parks = new double[scenario.Parks.Count];
        var values = new Dictionary<string, double?>(StringComparer.Ordinal);

        foreach (var plan in scenario.Parks)
        {
            foreach (var e in plan.EnterpriseIndices)
            {
                var enterprise = scenario.Enterprises[e];
                enterprises[enterprise.IndustryIndex] += enterprise.Definition.Output;
                parks[plan.Index] += enterprise.Definition.Output;
                values[MetricNames.EnterpriseOutput(enterprise.Definition.Id)] = enterprise.Definition.Output;
            }
            foreach (var project in plan.NamedProjects.Where(p => p.Definition.Stage == ProjectStage.Producing))
            {
                var value = project.Definition.Investment * project.Behaviour.OutputPerInvestment * project.Behaviour.RampUpFraction(1);
                projects[project.IndustryIndex] += value;
                parks[plan.Index] += value;
            }
        }

        var total = 0.0;
        double? valueAdded = null;
        for (var i = 0; i < n; i++)
        {
            var industry = enterprises[i] + projects[i];
            if (scenario.IndirectMultipliers is { } multipliers)
            {
                var indirect = 0.0;
                for (var j = 0; j < n; j++)
                {
                    indirect += multipliers[i, j] * projects[j];
                }
                industry += indirect;
            }
            total += industry;
            values[MetricNames.IndustryOutput(definition.Industries[i].Id)] = industry;
            if (definition.Industries[i].ValueAddedRatio is { } ratio)
            {
                values[MetricNames.IndustryValueAdded(definition.Industries[i].Id)] = industry * ratio;
                valueAdded = (valueAdded ?? 0) + industry * ratio;
            }
        }
        values[MetricNames.TotalOutput] = total;
        values[MetricNames.ValueAdded] = valueAdded;
        foreach (var plan in scenario.Parks.Where(p => !p.IsImplicit))
        {
            values[MetricNames.ParkOutput(plan.Id)] = parks[plan.Index];
            values[MetricNames.LandUsed(plan.Id)] = 0;
        }
        foreach (var indicator in definition.Indicators)
        {
            values[MetricNames.Indicator(indicator.Id)] = indicator.Initial;
        }
        return [.. MetricNames.Plain(definition).Select(m => (m, MetricNames.HasBaseValue(m) ? values.GetValueOrDefault(m) : null))];
    }
}
