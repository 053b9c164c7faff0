using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading;
using Sihui.ChainSim.Scenarios.Loading.Validation;

namespace Sihui.ChainSim.Scenarios.Tests.Loading;

/// <summary>`persistence` on a yearly draw: optional, 0 by default, refused outside [0, 1) at its line and path.</summary>
public sealed class PersistenceTests
{
    private const string GrowthLine = "growth: {dist: normal, mean: 0.06, sd: 0.03}";

    [Fact]
    public void Absent_means_independent_years()
    {
        var s = ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml");

        Assert.Equal(0, s.Enterprises[0].Growth.Persistence);
        Assert.Equal(0, s.Economy.Shock!.Persistence);
        Assert.Equal(0, s.Industries[0].Shock!.Persistence);
    }

    [Fact]
    public void A_value_in_range_is_read_on_each_yearly_draw()
    {
        var text = WithGrowth("growth: {dist: normal, mean: 0.06, sd: 0.03, persistence: 0.6}")
            .Replace("shock: {dist: normal, mean: 0, sd: 0.01}", "shock: {dist: normal, mean: 0, sd: 0.01, persistence: 0.3}")
            .Replace("shock: {dist: normal, mean: 0, sd: 0.02}", "shock: {dist: uniform, min: -0.02, max: 0.02, persistence: 0.5}");

        var s = ScenarioLoader.LoadText(text, "rich.yaml");

        Assert.Equal(new NormalDistribution(0.06, 0.03) { Persistence = 0.6 }, s.Enterprises[0].Growth);
        Assert.Equal(0.3, s.Economy.Shock!.Persistence);
        Assert.Equal(new UniformDistribution(-0.02, 0.02) { Persistence = 0.5 }, s.Industries[0].Shock);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("-0.1")]
    public void A_value_outside_zero_to_one_is_refused_at_its_line(string value)
    {
        var text = WithGrowth($"growth: {{dist: normal, mean: 0.06, sd: 0.03, persistence: {value}}}");

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "rich.yaml")).Errors);

        Assert.Equal("rich.yaml", error.File);
        Assert.Equal(LineOf(text, "persistence"), error.Line);
        Assert.Equal(text.Split('\n')[error.Line - 1].IndexOf("persistence", StringComparison.Ordinal) + 1, error.Column);
        Assert.Equal("enterprises.jintian.growth.persistence", error.Path);
        Assert.Equal($"persistence must be in [0, 1), got {value}", error.Message);
    }

    [Fact]
    public void Just_below_one_is_accepted()
    {
        var s = ScenarioLoader.LoadText(WithGrowth("growth: {dist: normal, mean: 0.06, sd: 0.03, persistence: 0.999}"), "rich.yaml");

        Assert.Equal(0.999, s.Enterprises[0].Growth.Persistence);
    }

    [Fact]
    public void A_draw_that_is_not_yearly_refuses_it()
    {
        const string line = "build_years: {dist: uniform, min: 1, max: 3}";
        Assert.Contains(line, ScenarioTexts.Rich);
        var text = ScenarioTexts.Rich.Replace(line, "build_years: {dist: uniform, min: 1, max: 3, persistence: 0.5}");

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "rich.yaml")).Errors);

        Assert.Equal(LineOf(text, "persistence"), error.Line);
        Assert.Equal("projects.wire_plant.build_years.persistence", error.Path);
        Assert.StartsWith("`persistence` applies only to a yearly draw", error.Message);
    }

    [Fact]
    public void The_override_path_takes_it()
    {
        var options = new ScenarioLoadOptions { Set = [new OverrideDefinition("enterprises.jintian.growth.persistence", "0.6")] };

        var s = ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml", options);

        Assert.Equal(new NormalDistribution(0.06, 0.03) { Persistence = 0.6 }, s.Enterprises[0].Growth);
    }

    [Fact]
    public void An_override_out_of_range_is_refused_with_its_path()
    {
        var options = new ScenarioLoadOptions { Set = [new OverrideDefinition("enterprises.jintian.growth.persistence", "1")] };

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(ScenarioTexts.Rich, "rich.yaml", options)).Errors);

        Assert.Equal("enterprises.jintian.growth.persistence", error.Path);
        Assert.Equal("persistence must be in [0, 1), got 1", error.Message);
    }

    [Fact]
    public void The_range_is_declared_once_and_excludes_one()
    {
        var range = DistributionKind.Persistence.Range!;

        Assert.True(range.Holds(0));
        Assert.True(range.Holds(0.999));
        Assert.False(range.Holds(1));
        Assert.False(range.Holds(-0.1));
    }

    [Fact]
    public void A_persistent_bounded_draw_reaches_further_for_the_size_checks()
    {
        // Uniform on [0, 0.1] with ρ = 0.6: the mean 0.05 plus (0.6 + 0.8) · 0.05 = 0.12.
        var plain = new UniformDistribution(0, 0.1);

        Assert.Equal(0.1, DistributionBounds.High(plain), 12);
        Assert.Equal(0.12, DistributionBounds.High(plain with { Persistence = 0.6 }), 12);
    }

    private static string WithGrowth(string growth)
    {
        Assert.Contains(GrowthLine, ScenarioTexts.Rich);
        return ScenarioTexts.Rich.Replace(GrowthLine, growth);
    }

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(fragment)).i + 1;
}
