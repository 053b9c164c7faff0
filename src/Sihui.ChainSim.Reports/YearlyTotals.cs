using Sihui.ChainSim.Model.Statistics;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Reports;

/// <summary>
/// The projected totals by year that the console and report.md show: total output, each industry's median, and the
/// medians of the run-level growth rates.
/// </summary>
public sealed record YearlyTotals(IReadOnlyList<IndustryDefinition> Industries, IReadOnlyList<YearlyTotals.Row> Rows)
{
    /// <summary>One year: the total output's summary and each industry's P50, in industry order.</summary>
    public sealed record Row(int Year, MetricSummary Total, IReadOnlyList<double> IndustryP50);

    /// <summary>A growth rate's P50 in each year of <see cref="Rows"/>.</summary>
    public sealed record RateRow(string Metric, IReadOnlyList<double> P50);

    /// <summary>Growth and comparable growth of total output and, where the scenario has it, of value added.</summary>
    public IReadOnlyList<RateRow> Rates { get; init; } = [];

    public static YearlyTotals Of(RunReport report)
    {
        var industries = report.Definition.Industries;
        var years = report.Outcome.Result.Years
            .Select(year => (year.Year, ByName: year.Metrics.ToDictionary(m => m.Metric, m => m.Summary, StringComparer.Ordinal)))
            .ToList();
        var rows = years.Select(year =>
        {
            var total = year.ByName.GetValueOrDefault(MetricNames.TotalOutput) ?? new MetricSummary(0, 0, 0, 0);
            var perIndustry = industries
                .Select(i => year.ByName.TryGetValue(MetricNames.IndustryOutput(i.Id), out var s) ? s.P50 : 0)
                .ToList();
            return new Row(year.Year, total, perIndustry);
        }).ToList();
        var rates = new[] { MetricNames.TotalOutput, MetricNames.ValueAdded }
            .SelectMany(m => new[] { MetricNames.Growth(m), MetricNames.ComparableGrowth(m) })
            .Where(m => years.Count > 0 && years[0].ByName.ContainsKey(m))
            .Select(m => new RateRow(m, [.. years.Select(y => y.ByName[m].P50)]))
            .ToList();
        return new YearlyTotals(industries, rows) { Rates = rates };
    }
}
