using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Analysis.Comparison;

/// <summary>Splits the change in mean total output between two runs by industry and by park, with a remainder so the parts add up.</summary>
public static class OutputSplits
{
    public static OutputSplit ByIndustry(RunOutcome a, RunOutcome b, int year)
    {
        var parts = a.Scenario.Definition.Industries
            .Select(i => Part(a, b, year, MetricNames.IndustryOutput(i.Id), i.Id, i.Name)).ToList();
        return Split(a, b, year, parts, "rounding", "rounding in the sum of industries");
    }

    /// <summary>By park; the remainder is the linkage (indirect) effect plus output outside any park.</summary>
    public static OutputSplit ByPark(RunOutcome a, RunOutcome b, int year)
    {
        var parts = a.Scenario.Definition.Parks
            .Select(p => Part(a, b, year, MetricNames.ParkOutput(p.Id), p.Id, p.Name)).ToList();
        return Split(a, b, year, parts, "linkages_and_unassigned", "linkage effects and output outside any park");
    }

    private static OutputSplit Split(RunOutcome a, RunOutcome b, int year, List<OutputPart> parts, string remainderId, string remainderName)
    {
        var from = Mean(a, MetricNames.TotalOutput, year);
        var to = Mean(b, MetricNames.TotalOutput, year);
        var total = to - from;
        double sumFrom = 0, sumTo = 0, sumDifference = 0;
        foreach (var part in parts)
        {
            sumFrom += part.From;
            sumTo += part.To;
            sumDifference += part.Difference;
        }
        var remainder = new OutputPart(remainderId, remainderName, from - sumFrom, to - sumTo, total - sumDifference);
        return new OutputSplit(MetricNames.TotalOutput, from, to, total, parts, remainder);
    }

    private static OutputPart Part(RunOutcome a, RunOutcome b, int year, string metric, string id, string name)
    {
        var from = Mean(a, metric, year);
        var to = Mean(b, metric, year);
        return new OutputPart(id, name, from, to, to - from);
    }

    private static double Mean(RunOutcome outcome, string metric, int year) =>
        Comparer.Find(outcome.Result, metric, year)?.Mean ?? 0;
}
