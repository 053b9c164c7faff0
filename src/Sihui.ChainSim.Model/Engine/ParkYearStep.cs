using System.Runtime.CompilerServices;
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

    /// <summary>Steps one enterprise into <paramref name="value"/> with its industry's row of the year's draws.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void StepEnterprise(EnterpriseState enterprise, EconomyYear economy, Span<double> value)
    {
        var industry = enterprise.Plan.IndustryIndex;
        enterprise.StepYear(economy.Year, economy.IndustryShock[industry], economy.MacroShock, economy.PriceIndex[industry], value);
    }

    /// <summary>
    /// Steps consecutive years of one enterprise, from <paramref name="economy"/>'s first, into
    /// arrays lent by <paramref name="arrays"/>, with each year's summary when <paramref name="summarize"/>: a block an
    /// enterprise grain answers in one call. Whoever adds the values up gives the arrays back.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EnterpriseYears StepEnterpriseYears(
        EnterpriseState enterprise, IReadOnlyList<EnterpriseEconomy> economy, bool summarize, TrialArrayPool arrays)
    {
        var values = new double[economy.Count][];
        var summaries = summarize ? new MetricSummary[economy.Count] : [];
        for (var y = 0; y < economy.Count; y++)
        {
            var e = economy[y];
            values[y] = arrays.Rent(enterprise.Volume.Length);
            enterprise.StepYear(e.Year, e.IndustryShock, e.MacroShock, e.PriceIndex, values[y]);
            if (summarize)
            {
                summaries[y] = TrialStatistics.Summarize(values[y]);
            }
        }
        return new EnterpriseYears(values, summaries);
    }

    /// <summary>Runs the park's projects on a year that holds its enterprises' sums, and packs the outcome.</summary>
    public static ParkYearOutcome Finish(
        ParkState park, EconomyYear economy, ParkYearResult enterprisesAdded, MetricSummary[] summaries, double[]?[] watched)
    {
        park.StepProjects(economy.Year, economy.PriceIndex, economy.DemandIndex, enterprisesAdded);
        return new ParkYearOutcome(enterprisesAdded, summaries, watched);
    }
}
