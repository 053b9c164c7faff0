using System.Text.Json.Nodes;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Tests.Observations;

/// <summary>The optional `seasonality` block: its defaults, what it may name, and the rules on its shares.</summary>
public sealed class SeasonalityTests
{
    [Fact]
    public void Without_the_block_every_metric_has_even_shares_and_the_default_share_sd()
    {
        var s = NowcastTexts.Load();

        var seasonality = SeasonalityDefinition.For(s, "total_output");

        Assert.Empty(s.Seasonality);
        Assert.Equal(Enumerable.Range(1, 12).Select(m => m / 12.0), seasonality.Shares);
        Assert.Equal(Enumerable.Repeat(0.02, 12), seasonality.ShareSd);
        Assert.Equal(0.5, seasonality.Share(6));
        Assert.Equal(1.0, seasonality.Share(12));
    }

    [Fact]
    public void A_metric_given_without_share_sd_takes_the_default_and_others_stay_even()
    {
        var s = NowcastTexts.Load($$"""
            seasonality:
              total_output: {shares: {{NowcastTexts.Shares}}}
              projects_started:
                shares: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1]
                share_sd: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
              industry_output:copper: {shares: {{NowcastTexts.Shares}}, share_sd: [0.03, 0.03, 0.03, 0.03, 0.03, 0.025, 0.02, 0.02, 0.02, 0.01, 0.01, 0.005]}
            """);

        Assert.Equal(0.47, SeasonalityDefinition.For(s, "total_output").Share(6));
        Assert.Equal(0.02, SeasonalityDefinition.For(s, "total_output").Sd(6));
        Assert.Equal(0.5, SeasonalityDefinition.For(s, "projects_started").Share(6));
        Assert.Equal(0.0, SeasonalityDefinition.For(s, "projects_started").Sd(6));
        Assert.Equal(0.025, SeasonalityDefinition.For(s, "industry_output:copper").Sd(6));
        Assert.Equal(6 / 12.0, SeasonalityDefinition.For(s, "park_output:hitech").Share(6));
    }

    [Fact]
    public void Count_indicators_and_every_project_event_count_may_have_one()
    {
        var s = NowcastTexts.Load($$"""
            seasonality:
              indicator:hightech_firms: {shares: {{NowcastTexts.Shares}}}
              projects_completed: {shares: {{NowcastTexts.Shares}}}
              projects_producing: {shares: {{NowcastTexts.Shares}}}
              new_project_investment: {shares: {{NowcastTexts.Shares}}}
            """);

        Assert.Equal(4, s.Seasonality.Count);
    }

    [Fact]
    public void A_last_share_a_rounding_residue_below_1_passes()
    {
        var s = NowcastTexts.Load("seasonality:\n  total_output: {shares: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.9999999999999998]}");

        Assert.Equal(0.9999999999999998, SeasonalityDefinition.For(s, "total_output").Share(12));
    }

    [Theory]
    [InlineData("total_outpt: {shares: SHARES}", "seasonality.total_outpt", "unknown metric 'total_outpt' (did you mean 'total_output'?)")]
    [InlineData("land_used:hitech: {shares: SHARES}", "seasonality.land_used:hitech", "'land_used:hitech' cannot have a seasonality: only money metrics")]
    [InlineData("indicator_change:hightech_firms: {shares: SHARES}", "seasonality.indicator_change:hightech_firms", "'indicator_change:hightech_firms' cannot have a seasonality")]
    [InlineData("projects_stalled: {shares: SHARES}", "seasonality.projects_stalled", "'projects_stalled' cannot have a seasonality")]
    [InlineData("total_output: {shares: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1]}", "seasonality.total_output.shares", "shares needs 12 numbers, one per month, got 11")]
    [InlineData("total_output: {shares: [-0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1]}", "seasonality.total_output.shares[0]", "a cumulative share must be in [0, 1], got -0.1")]
    [InlineData("total_output: {shares: [0.1, 0.2, 0.3, 0.4, 0.5, 0.45, 0.7, 0.8, 0.9, 0.95, 0.99, 1]}", "seasonality.total_output.shares[5]", "cumulative shares never fall, but month 6's 0.45 is below month 5's 0.5")]
    [InlineData("total_output: {shares: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99]}", "seasonality.total_output.shares[11]", "December's cumulative share is the whole year, so it must be 1, got 0.99")]
    [InlineData("total_output: {shares: SHARES, share_sd: [0.02, 0.02, 0.02, 0.02, 0.02, -0.01, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02]}", "seasonality.total_output.share_sd[5]", "a share_sd must be >= 0, got -0.01")]
    [InlineData("total_output: {shares: SHARES, share_sd: [0.02]}", "seasonality.total_output.share_sd", "share_sd needs 12 numbers, one per month, got 1")]
    [InlineData("total_output: {shares: SHARES, share: 0.02}", "seasonality.total_output.share", "unknown key `share` (did you mean `shares`?)")]
    [InlineData("total_output: {}", "seasonality.total_output.shares", "missing required key `shares`")]
    [InlineData("total_output: [0.1, 0.2]", "seasonality.total_output", "expected a mapping with keys like `shares`")]
    public void A_bad_seasonality_is_refused_at_its_line_and_path(string entry, string path, string message)
    {
        var tail = "seasonality:\n  " + entry.Replace("SHARES", NowcastTexts.Shares, StringComparison.Ordinal);
        var text = NowcastTexts.With(tail);

        var errors = NowcastTexts.Errors(tail);

        var error = Assert.Single(errors);
        Assert.Equal((NowcastTexts.File, NowcastTexts.LineOf(text, "seasonality:") + 1, path), (error.File, error.Line, error.Path));
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void The_block_that_is_not_a_mapping_is_refused()
    {
        var error = Assert.Single(NowcastTexts.Errors("seasonality: [1, 2]"));

        Assert.Equal("seasonality", error.Path);
        Assert.Contains("expected a mapping of names to seasonality entries", error.Message);
    }

    [Fact]
    public void The_schema_declares_seasonality_with_twelve_shares_and_share_sd()
    {
        var schema = JsonNode.Parse(ScenarioSchema.Text())!;

        var block = schema["properties"]!["seasonality"]!;
        var entry = schema["$defs"]!["seasonality"]!;
        Assert.Equal("#/$defs/seasonality", (string)block["patternProperties"]!.AsObject().Single().Value!["$ref"]!);
        Assert.Equal(Metrics.MetricNames.Pattern, (string)block["propertyNames"]!["pattern"]!);
        foreach (var key in new[] { "shares", "share_sd" })
        {
            var list = entry["properties"]![key]!;
            Assert.Equal((12, 12), ((int)list["minItems"]!, (int)list["maxItems"]!));
            Assert.Equal(0.0, (double)list["items"]!["minimum"]!);
        }
        Assert.Equal(1.0, (double)entry["properties"]!["shares"]!["items"]!["maximum"]!);
        Assert.Equal(["shares"], entry["required"]!.AsArray().Select(k => (string)k!));
        Assert.Equal(12, entry["properties"]!["share_sd"]!["default"]!.AsArray().Count);
    }
}
