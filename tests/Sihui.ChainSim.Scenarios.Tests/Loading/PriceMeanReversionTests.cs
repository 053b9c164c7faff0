using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>`price.mean_reversion`: optional, 0 by default, and refused outside [0, 1] at its line.</summary>
public sealed class PriceMeanReversionTests
{
    private const string PriceLine = "price: {drift: 0.01, volatility: 0.15}";

    [Fact]
    public void Absent_means_a_random_walk()
    {
        var s = ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml");

        Assert.Equal(0, s.Industries[0].Price!.MeanReversion);
    }

    [Fact]
    public void A_value_in_range_is_read()
    {
        var s = ScenarioLoader.LoadText(WithPrice("price: {drift: 0.01, volatility: 0.15, mean_reversion: 0.3}"), "rich.yaml");

        Assert.Equal(new PriceDefinition(0.01, 0.15, 0.3), s.Industries[0].Price);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void A_value_outside_zero_to_one_is_refused_at_its_line(string value)
    {
        var text = WithPrice($"price: {{drift: 0.01, volatility: 0.15, mean_reversion: {value}}}");

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "rich.yaml")).Errors);

        Assert.Equal(LineOf(text, "mean_reversion"), error.Line);
        Assert.Equal("industries.copper.price.mean_reversion", error.Path);
        Assert.Equal($"mean_reversion must be between 0 and 1, got {value}", error.Message);
    }

    [Fact]
    public void The_override_path_takes_it()
    {
        var options = new ScenarioLoadOptions { Set = [new OverrideDefinition("industries.copper.price.mean_reversion", "0.4")] };

        var s = ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml", options);

        Assert.Equal(0.4, s.Industries[0].Price!.MeanReversion);
    }

    private static string WithPrice(string price)
    {
        Assert.Contains(PriceLine, ScenarioTexts.Rich);
        return ScenarioTexts.Rich.Replace(PriceLine, price);
    }

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(fragment)).i + 1;
}
