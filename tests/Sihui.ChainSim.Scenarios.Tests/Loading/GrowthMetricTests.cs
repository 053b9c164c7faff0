using System.Text.Json.Nodes;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>`value_added_ratio` in (0, 1], and targets on rates: accepted where computable, refused at their line otherwise.</summary>
public sealed class GrowthMetricTests
{
    private const string PriceLine = "price: {drift: 0.01, volatility: 0.15}";
    private const string TargetsLine = "targets:";

    [Fact]
    public void A_ratio_adds_value_added_and_its_rates_to_the_metrics()
    {
        var s = ScenarioLoader.LoadText(WithRatio("0.188"), "rich.yaml");

        Assert.Equal(0.188, s.Industries[0].ValueAddedRatio);
        Assert.Null(s.Industries[1].ValueAddedRatio);
        var all = MetricNames.All(s);
        Assert.Contains("value_added", all);
        Assert.Contains("industry_value_added:copper", all);
        Assert.DoesNotContain("industry_value_added:jade", all);
        Assert.Contains("growth:value_added", all);
        Assert.Contains("comparable_growth:industry_value_added:copper", all);
        Assert.Contains("growth:park_output:hitech", all);
        Assert.DoesNotContain("growth:enterprise_output:jintian", all);
    }

    [Fact]
    public void Without_a_ratio_there_is_no_value_added()
    {
        var s = ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml");

        Assert.DoesNotContain(MetricNames.All(s), m => m.Contains("value_added", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.2")]
    [InlineData("-0.1")]
    public void A_ratio_outside_zero_to_one_is_refused_at_its_line(string value)
    {
        var text = WithRatio(value);

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "rich.yaml")).Errors);

        Assert.Equal(LineOf(text, "value_added_ratio"), error.Line);
        Assert.Equal("industries.copper.value_added_ratio", error.Path);
        Assert.Equal($"value_added_ratio must be in (0, 1], got {value}", error.Message);
    }

    [Fact]
    public void Set_can_give_an_industry_a_ratio_and_growth_value_added_then_exists()
    {
        var options = new ScenarioLoadOptions { Set = [new OverrideDefinition("industries.copper.value_added_ratio", "0.188")] };

        var s = ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml", options);

        Assert.Equal(0.188, s.Industries[0].ValueAddedRatio);
        Assert.True(MetricNames.Exists(s, "growth:value_added"));
    }

    [Fact]
    public void A_ratio_of_one_is_allowed() =>
        Assert.Equal(1, ScenarioLoader.LoadText(WithRatio("1"), "rich.yaml").Industries[0].ValueAddedRatio);

    [Theory]
    [InlineData("growth:value_added", 2025)]
    [InlineData("comparable_growth:value_added", 2026)]
    [InlineData("comparable_growth:industry_output:jade", 2025)]
    [InlineData("growth:enterprise_output:jintian", 2025)]
    [InlineData("growth:new_project_investment", 2026)]
    public void A_target_on_a_computable_rate_loads(string metric, int year)
    {
        var s = ScenarioLoader.LoadText(WithTarget(WithRatio("0.2"), metric, year), "rich.yaml");

        Assert.Equal(metric, s.Targets[0].Metric);
        Assert.True(MetricNames.Exists(s, metric));
    }

    [Theory]
    [InlineData("growth:projects_started", 2026, "metric", "'projects_started' is not a money metric")]
    [InlineData("comparable_growth:park_output:hitech", 2026, "metric", "comparable_growth: takes only total_output, value_added")]
    [InlineData("growth:value_added", 2026, "metric", "unknown metric 'growth:value_added'")]
    [InlineData("growth:growth:total_output", 2026, "metric", "unknown metric")]
    [InlineData("growth:new_project_investment", 2025, "year", "'new_project_investment' has no base-year value, so its first rate is in 2026")]
    public void A_target_on_a_rate_that_cannot_be_computed_is_refused_at_its_line(string metric, int year, string field, string message)
    {
        // Without a ratio there is no value_added, so its growth is unknown.
        var text = WithTarget(ScenarioTexts.Rich, metric, year);

        var errors = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "rich.yaml")).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("rich.yaml", error.File);
        Assert.Equal($"targets.rate.{field}", error.Path);
        Assert.Equal(LineOf(text, field == "metric" ? $"metric: {metric}" : $"year: {year}"), error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_says_the_ratio_is_above_zero_and_at_most_one_and_takes_rate_metrics()
    {
        var schema = JsonNode.Parse(ScenarioSchema.Text())!;

        var ratio = schema["$defs"]!["industry"]!["properties"]!["value_added_ratio"]!;
        Assert.Equal(0, ratio["exclusiveMinimum"]!.GetValue<double>());
        Assert.Equal(1, ratio["maximum"]!.GetValue<double>());
        Assert.Null(ratio["minimum"]);
        var pattern = new System.Text.RegularExpressions.Regex(MetricNames.Pattern);
        Assert.Matches(pattern, "growth:value_added");
        Assert.Matches(pattern, "comparable_growth:industry_output:copper");
        Assert.Matches(pattern, "growth:enterprise_output:jintian");
        Assert.DoesNotMatch(pattern, "growth:");
    }

    private static string WithRatio(string ratio)
    {
        Assert.Contains(PriceLine, ScenarioTexts.Rich);
        return ScenarioTexts.Rich.Replace(PriceLine, PriceLine + "\n    value_added_ratio: " + ratio);
    }

    private static string WithTarget(string text, string metric, int year) =>
        text.Replace("\n" + TargetsLine + "\n", $"\n{TargetsLine}\n  - id: rate\n    metric: {metric}\n    year: {year}\n    at_least: 0.05\n");

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(fragment)).i + 1;
}
