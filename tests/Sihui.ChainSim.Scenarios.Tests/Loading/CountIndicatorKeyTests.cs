using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Tests.Schema;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>`exit_rate`, `exit_cyclicality` and `adds_producing_projects` make an indicator a count of whole units.</summary>
public sealed class CountIndicatorKeyTests
{
    private const string CountLine = "    annual_change: {dist: poisson, mean: 12}";

    // The indicator's keys start on line 11 of this text; tests add keys after its last line.
    private const string Text = """
        scenario: counts
        base_year: 2024
        end_year: 2026
        trials: 10
        seed: 3
        industries:
          - {id: copper}
        indicators:
          - id: firms
            name: 规上工业企业
            initial: 300
            annual_change: {dist: poisson, mean: 12}
        """;

    [Fact]
    public void An_indicator_without_the_keys_is_no_count_and_may_hold_a_fraction()
    {
        var s = ScenarioLoader.LoadText(Text.Replace("initial: 300", "initial: 12.5"), "counts.yaml");

        var indicator = Assert.Single(s.Indicators);
        Assert.False(indicator.IsCount);
        Assert.Null(indicator.ExitRate);
        Assert.Null(indicator.ExitCyclicality);
        Assert.Null(indicator.AddsProducingProjects);
        Assert.Equal(12.5, indicator.Initial);
    }

    [Fact]
    public void The_three_keys_are_read()
    {
        var text = With("exit_rate: 0.08", "exit_cyclicality: 2.5", "adds_producing_projects: true");

        var indicator = Assert.Single(ScenarioLoader.LoadText(text, "counts.yaml").Indicators);

        Assert.True(indicator.IsCount);
        Assert.Equal(0.08, indicator.ExitRate);
        Assert.Equal(2.5, indicator.ExitCyclicality);
        Assert.True(indicator.AddsProducingProjects);
    }

    [Theory]
    [InlineData("exit_rate: 0")]
    [InlineData("exit_cyclicality: 0")]
    [InlineData("adds_producing_projects: false")]
    public void Any_one_key_even_at_its_default_makes_a_count(string key)
    {
        var indicator = Assert.Single(ScenarioLoader.LoadText(With(key), "counts.yaml").Indicators);

        Assert.True(indicator.IsCount);
    }

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("-3", "-3")]
    public void A_count_refuses_an_initial_that_is_not_a_whole_number_at_its_line(string initial, string shown)
    {
        var text = With("exit_rate: 0.1").Replace("initial: 300", $"initial: {initial}");

        var error = Single(text);

        Assert.Equal(LineOf(text, "initial:"), error.Line);
        Assert.Equal("indicators.firms.initial", error.Path);
        Assert.Equal($"indicator 'firms' is a count (it sets exit_rate), so initial must be a whole number >= 0, got {shown}", error.Message);
        Assert.Contains("counts.yaml", error.ToString());
    }

    [Theory]
    [InlineData("exit_rate: 1.5", "exit_rate", "a probability must be in [0, 1], got 1.5")]
    [InlineData("exit_rate: -0.1", "exit_rate", "a probability must be in [0, 1], got -0.1")]
    [InlineData("exit_cyclicality: -1", "exit_cyclicality", "exit_cyclicality must be >= 0, got -1")]
    [InlineData("adds_producing_projects: 3", "adds_producing_projects", "expected true or false")]
    public void Out_of_range_keys_are_refused_at_their_line(string key, string field, string message)
    {
        var text = With(key);

        var error = Single(text);

        Assert.Equal(LineOf(text, field + ":"), error.Line);
        Assert.Equal($"indicators.firms.{field}", error.Path);
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void The_schema_has_the_keys_with_their_ranges_and_defaults()
    {
        var indicator = JsonNode.Parse(ScenarioSchema.Text())!["$defs"]!["indicator"]!["properties"]!;

        Assert.Equal(0, indicator["exit_rate"]!["minimum"]!.GetValue<double>());
        Assert.Equal(1, indicator["exit_rate"]!["maximum"]!.GetValue<double>());
        Assert.Equal(0, indicator["exit_rate"]!["default"]!.GetValue<double>());
        Assert.Equal(0, indicator["exit_cyclicality"]!["minimum"]!.GetValue<double>());
        Assert.Equal(0, indicator["exit_cyclicality"]!["default"]!.GetValue<double>());
        Assert.Equal("boolean", indicator["adds_producing_projects"]!["type"]!.GetValue<string>());
        Assert.False(indicator["adds_producing_projects"]!["default"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("exit_rate: 0.1", true)]
    [InlineData("exit_rate: 1.5", false)]
    [InlineData("exit_cyclicality: -1", false)]
    public void The_schema_accepts_and_refuses_as_the_loader_does(string key, bool valid)
    {
        var schema = JsonSchema.FromText(ScenarioSchema.Text());
        using var document = JsonDocument.Parse(YamlToJson.Convert(With(key))!.ToJsonString());

        Assert.Equal(valid, schema.Evaluate(document.RootElement).IsValid);
    }

    private static string With(params string[] keys) =>
        Text.Replace(CountLine, CountLine + string.Concat(keys.Select(k => "\n    " + k)));

    private static ScenarioError Single(string text) =>
        Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "counts.yaml")).Errors);

    private static int LineOf(string text, string start) =>
        text.Split('\n').ToList().FindIndex(l => l.TrimStart().StartsWith(start, StringComparison.Ordinal)) + 1;
}
