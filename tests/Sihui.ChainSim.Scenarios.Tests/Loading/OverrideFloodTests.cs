using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>What the loader refuses cheaply for every entry point: override values with anchors or aliases, and error floods.</summary>
public sealed class OverrideFloodTests
{
    [Theory]
    [InlineData("[&a [1, 1], *a]", "anchors (&a)")]
    [InlineData("*a", "aliases (*a)")]
    [InlineData("[0.1, &m 0.2, *m]", "anchors (&m)")]
    [InlineData("[1, 2] }", "YAML syntax error")]
    public void An_override_value_with_anchors_aliases_or_bad_syntax_is_refused_before_a_tree_is_built(string value, string message)
    {
        var options = new ScenarioLoadOptions { Set = [new OverrideDefinition("enterprises.jintian.output", value)] };

        var e = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(ScenarioTexts.Minimal, "m.yaml", options));

        var error = Assert.Single(e.Errors);
        Assert.Equal("--set", error.File);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_flow_value_written_out_in_full_still_applies()
    {
        var options = new ScenarioLoadOptions { Set = [new OverrideDefinition("enterprises.jintian.growth", "{dist: normal, mean: 0.01, sd: 0.02}")] };

        var scenario = ScenarioLoader.LoadText(ScenarioTexts.Minimal, "m.yaml", options);

        Assert.Single(scenario.Enterprises);
    }

    [Fact]
    public void Ten_thousand_bad_items_give_100_errors_and_a_count_of_the_rest()
    {
        var text = ScenarioTexts.Minimal + "\nindicators: [" + string.Join(",", Enumerable.Repeat("1", 10_000)) + "]\n";

        var e = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "flood.yaml"));

        Assert.Equal(ErrorList.MaxErrors + 1, e.Errors.Count);
        Assert.Contains("and 9900 more errors", e.Errors[^1].Message);
        Assert.Equal("flood.yaml", e.Errors[^1].File);
    }

    [Fact]
    public void The_cap_counts_every_error_past_it()
    {
        var errors = new ErrorList();
        for (var i = 0; i < 250; i++)
        {
            errors.Add(new ScenarioError("f.yaml", i + 1, 1, "", $"error {i}"));
        }

        Assert.Equal(101, errors.Items.Count);
        Assert.Equal("error 99", errors.Items[99].Message);
        Assert.Equal(101, errors.Items[^1].Line);
        Assert.StartsWith("and 150 more errors", errors.Items[^1].Message);
    }
}
