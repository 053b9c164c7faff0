using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Observations;

namespace Sihui.ChainSim.Reports.Tests;

/// <summary>A nowcast's observed row, as the result names it, worded in the report language.</summary>
public sealed class ObservedRowTextTests
{
    private static readonly ObservedRow Row = new(new ObservationDefinition { Metric = "industry_output:copper", Year = 2025, ThroughMonth = 6, Value = 300 }, "obs.csv:3");

    [Fact]
    public void English_keeps_the_label_the_json_carries()
    {
        Assert.Equal("obs.csv:3 (industry_output:copper 2025 through month 6)", ObservedRowText.In(Row.Label, ReportWords.En));
    }

    [Fact]
    public void Chinese_words_the_months_and_keeps_the_source_and_the_metric_id()
    {
        Assert.Equal("obs.csv:3（industry_output:copper 2025 年 1–6 月）", ObservedRowText.In(Row.Label, ReportWords.Zh));
        Assert.Equal("obs.csv:3（industry_output:copper 2025 年 1–6 月）; observations[0]（total_output 2024 年 1–12 月）",
            ObservedRowText.Join([Row.Label, "observations[0] (total_output 2024 through month 12)"], ReportWords.Zh));
    }

    [Fact]
    public void A_text_of_another_shape_is_left_as_it_is()
    {
        Assert.Equal("something else", ObservedRowText.In("something else", ReportWords.Zh));
    }
}
