using System.ComponentModel;

namespace Sihui.ChainSim.Scenarios.History;

/// <summary>One line of a history file: a metric's value for one entity in one past calendar year.</summary>
[Description("One past figure: metric,id,year,value.")]
public sealed record HistoryRowDefinition
{
    [Description("total_output, industry_output, enterprise_output, indicator, price_index or value_added.")]
    public required string Metric { get; init; }

    [Description("The enterprise, industry or indicator id; empty for total_output and the city's value_added.")]
    public string? Id { get; init; }

    [Description("The calendar year of the figure.")]
    public required int Year { get; init; }

    [Description("The year's figure: 亿元 at that year's prices for output and value added, the index for price_index (any base), the level for an indicator.")]
    public required double Value { get; init; }
}
