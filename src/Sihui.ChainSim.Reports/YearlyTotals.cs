using Sihui.ChainSim.Model.Statistics;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Reports;

/// <summary>The projected totals by year that the console and report.md show: total output and each industry's median.</summary>
public sealed record YearlyTotals(IReadOnlyList<IndustryDefinition> Industries, IReadOnlyList<YearlyTotals.Row> Rows)
{
    /// <summary>One year: the total output's summary and each industry's P50, in industry order.</summary>
    public sealed record Row(int Year, MetricSummary Total, IReadOnlyList<double> IndustryP50);

    public static YearlyTotals Of(RunReport report)
    {
        var industries = report.Definition.Industries;
        var rows = report.Outcome.Result.Years.Select(year =>
        {
            var byName = year.Metrics.ToDictionary(m => m.Metric, m => m.Summary, StringComparer.Ordinal);
            var total = byName.GetValueOrDefault(MetricNames.TotalOutput) ?? new MetricSummary(0, 0, 0, 0);
            var perIndustry = industries
                .Select(i => byName.TryGetValue(MetricNames.IndustryOutput(i.Id), out var s) ? s.P50 : 0)
                .ToList();
            return new Row(year.Year, total, perIndustry);
        }).ToList();
        return new YearlyTotals(industries, rows);
    }
}
