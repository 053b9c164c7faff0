using Sihui.ChainSim.Model.Economy;
using Sihui.ChainSim.Model.Enterprises;
using Sihui.ChainSim.Model.Parks;
using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Model.Engine;

/// <summary>The pieces of a park's year that every engine runs the same way, so their results agree bit for bit.</summary>
public static class ParkYearStep
{
    /// <summary>Steps one enterprise with its industry's row of the year's draws, and summarises its output value over trials.</summary>
    public static (double[] Value, MetricSummary Summary) StepEnterprise(EnterpriseState enterprise, EconomyYear economy)
    {
        var industry = enterprise.Plan.IndustryIndex;
        return StepEnterprise(enterprise, economy.Year, economy.IndustryShock[industry], economy.MacroShock, economy.PriceIndex[industry]);
    }

    public static (double[] Value, MetricSummary Summary) StepEnterprise(
        EnterpriseState enterprise, int year, double[] industryShock, double[] macroShock, double[] priceIndex)
    {
        var value = enterprise.StepYear(year, industryShock, macroShock, priceIndex);
        return (value, TrialStatistics.Summarize(value));
    }

    /// <summary>Runs the park's own step on its enterprises' values and packs the outcome.</summary>
    public static ParkYearOutcome Finish(
        ParkState park, EconomyYear economy,
        IReadOnlyList<(double[] Value, MetricSummary Summary)> enterprises, IReadOnlySet<int> watchedEnterprises)
    {
        var result = park.StepYear(economy.Year, economy.PriceIndex, economy.DemandIndex, enterprises.Select(e => e.Value).ToArray());
        var indices = park.Plan.EnterpriseIndices;
        var watched = new double[]?[indices.Count];
        for (var i = 0; i < indices.Count; i++)
        {
            watched[i] = watchedEnterprises.Contains(indices[i]) ? enterprises[i].Value : null;
        }
        return new ParkYearOutcome(result, enterprises.Select(e => e.Summary).ToArray(), watched);
    }
}
