using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>One published year-to-date figure (1–N月累计): a metric's cumulative level through a month, or its growth on the year before.</summary>
[ExactlyOneOf("observation", "value", "growth_yoy")]
[Description("One published year-to-date figure (1-N月累计). Give exactly one of value and growth_yoy.")]
public sealed record ObservationDefinition
{
    [SchemaPattern(MetricNames.Pattern)]
    [Description("The metric observed: a money metric (total_output, new_project_investment, industry_output:<id>, park_output:<id>, enterprise_output:<id>), projects_started, projects_completed, projects_producing, or a count indicator:<id>.")]
    public required string Metric { get; init; }

    [Description("The calendar year of the figure; after base_year and no later than end_year.")]
    public required int Year { get; init; }

    [Between(1, SeasonalityDefinition.Months)]
    [Description("The last month the figure covers: 6 for 1-6月. January alone is often not published (Jan-Feb come together); any month 1..12 is accepted.")]
    public required int ThroughMonth { get; init; }

    [AtLeast(0)]
    [Description("The cumulative level through that month: 亿元 for a money metric, a whole number for a count.")]
    public double? Value { get; init; }

    [AtLeast(-1)]
    [Description("Money metrics only: the published same-basis (同口径) growth of the cumulative level over the same months a year before, as a fraction (5.7% is 0.057). Not the ratio of published levels.")]
    public double? GrowthYoy { get; init; }

    /// <summary>"total_output 2024 through month 6", for messages.</summary>
    public string Label => $"{Metric} {Year} through month {ThroughMonth}";
}
