namespace Sihui.ChainSim.Scenarios.Tests.Observations;

/// <summary>The scenario's `observations:` list is refused by the same rules as a CSV file, at its line and path.</summary>
public sealed class ObservationYamlTests
{
    [Theory]
    [InlineData("{metric: total_outpt, year: 2025, through_month: 6, value: 480}", "metric", "unknown metric 'total_outpt' (did you mean 'total_output'?)")]
    [InlineData("{metric: total_output, year: 2025, through_month: 13, value: 480}", "through_month", "through_month must be between 1 and 12, got 13")]
    [InlineData("{metric: total_output, year: 2025, through_month: 0, value: 480}", "through_month", "through_month must be between 1 and 12, got 0")]
    [InlineData("{metric: total_output, year: 2025, through_month: 6, value: -1}", "value", "value must be >= 0, got -1")]
    [InlineData("{metric: total_output, year: 2031, through_month: 6, value: 480}", "year", "year 2031 is outside the simulated years 2025..2030")]
    [InlineData("{metric: total_output, year: 2025, through_month: 6, value: 480, growth_yoy: 0.05}", "growth_yoy", "observation has both `value` and `growth_yoy`")]
    [InlineData("{metric: total_output, year: 2025, through_month: 6}", "", "observation needs exactly one of `value` or `growth_yoy`")]
    [InlineData("{metric: projects_started, year: 2025, through_month: 6, value: 8.5}", "value", "projects_started is a count, so its value must be a whole number, got 8.5")]
    [InlineData("{metric: total_output, year: 2025, through_month: 6, value: \"480\"}", "value", "expected a number, got '480'")]
    [InlineData("{metric: total_output, year: 2025, month: 6, value: 480}", "month", "unknown key `month`")]
    public void A_bad_item_is_refused_at_its_line_and_path(string item, string field, string message)
    {
        var tail = "observations:\n  - {metric: total_output, year: 2026, through_month: 3, value: 200}\n  - " + item;
        var text = NowcastTexts.With(tail);

        var error = Assert.Single(NowcastTexts.Errors(tail), e => e.Message.StartsWith(message, StringComparison.Ordinal));

        Assert.Equal((NowcastTexts.File, NowcastTexts.LineOf(text, "observations:") + 2), (error.File, error.Line));
        Assert.Equal(field.Length == 0 ? "observations[1]" : $"observations[1].{field}", error.Path);
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_money_item_in_a_month_whose_share_sd_is_0_is_refused()
    {
        var sd = string.Join(", ", Enumerable.Range(1, 12).Select(m => m == 6 ? "0" : "0.02"));
        var tail = $"seasonality:\n  total_output: {{shares: {NowcastTexts.Shares}, share_sd: [{sd}]}}\nobservations:\n  - {{metric: total_output, year: 2025, through_month: 6, value: 480}}";

        var error = Assert.Single(NowcastTexts.Errors(tail));

        Assert.Equal(("observations[0].through_month", NowcastTexts.LineOf(NowcastTexts.With(tail), "- {metric")), (error.Path, error.Line));
        Assert.Contains("share_sd 0 in month 6", error.Message);
    }

    [Fact]
    public void The_schema_declares_observations_with_one_of_value_and_growth()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(Sihui.ChainSim.Scenarios.Format.ScenarioSchema.Text())!;

        var item = schema["$defs"]!["observation"]!;
        Assert.Equal("#/$defs/observation", (string)schema["properties"]!["observations"]!["items"]!["$ref"]!);
        Assert.Equal(["metric", "year", "through_month", "value", "growth_yoy"], item["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["metric", "year", "through_month"], item["required"]!.AsArray().Select(k => (string)k!));
        Assert.Equal((1.0, 12.0), ((double)item["properties"]!["through_month"]!["minimum"]!, (double)item["properties"]!["through_month"]!["maximum"]!));
        Assert.Equal(2, item["oneOf"]!.AsArray().Count);
    }
}
