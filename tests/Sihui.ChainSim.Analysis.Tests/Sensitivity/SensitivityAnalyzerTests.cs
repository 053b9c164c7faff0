using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Analysis.Sensitivity;
using Sihui.ChainSim.Analysis.Tests.Support;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Analysis.Tests.Sensitivity;

public sealed class SensitivityAnalyzerTests
{
    private static readonly AnalysisSettings Settings = new() { Trials = 300 };

    [Fact]
    public async Task A_parameter_that_cannot_move_the_target_has_an_exactly_zero_bar()
    {
        var column = TestScenarios.Column(TestScenarios.TwoIndustries);

        var tornado = await SensitivityAnalyzer.RunAsync(new DirectRunner(), column, "copper_2025", settings: Settings);

        Assert.Equal(4, tornado.Bars.Count);
        Assert.Equal(1 + 2 * 4, tornado.Runs);
        var bakery = tornado.Bars.Single(b => b.Path == "enterprises.bakery.growth.mean");
        Assert.Equal(0.0, bakery.ProbabilityEffect);
        Assert.Equal(0.0, bakery.P50Effect);
        var smelter = tornado.Bars.Single(b => b.Path == "enterprises.smelter.growth.mean");
        Assert.True(smelter.ProbabilityEffect > 0.2);
        Assert.True(smelter.P50Effect > 0);
        Assert.Equal((0.0, 0.1), (smelter.Low, smelter.High));
        Assert.Equal("冶炼增速", smelter.LabelZh);
        Assert.Equal(1, smelter.Rank);
        Assert.Equal([1, 2, 3, 4], tornado.Bars.Select(b => b.Rank));
    }

    [Fact]
    public async Task Bars_rank_by_the_size_of_the_probability_effect()
    {
        var tornado = await SensitivityAnalyzer.RunAsync(
            new DirectRunner(), TestScenarios.Column(TestScenarios.TwoIndustries), "total_2026", settings: Settings);

        var sizes = tornado.Bars.Select(b => Math.Abs(b.ProbabilityEffect)).ToArray();
        // An indicator cannot move an output target.
        var firms = tornado.Bars.Single(b => b.Path == "indicators.firms.annual_change.mean");
        Assert.Equal((0.0, 0.0), (firms.ProbabilityEffect, firms.P50Effect));
        Assert.Equal(sizes.OrderDescending(), sizes);
        Assert.Equal("total_2026", tornado.TargetId);
        Assert.InRange(tornado.BaseProbability, 0, 1);
    }

    [Fact]
    public void Paths_without_metadata_vary_by_twenty_percent_of_their_current_value()
    {
        var column = TestScenarios.Column(TestScenarios.TwoIndustries, "push");

        var ranges = ParameterRange.Resolve(column, ["enterprises.stall.output", "enterprises.bakery.growth.mean"]);

        Assert.Equal((5.0, 4.0, 6.0, false), (ranges[0].Current, ranges[0].Low, ranges[0].High, ranges[0].FromTunable));
        // A tunable keeps its metadata; its current value is the variant's.
        Assert.Equal((0.05, 0.0, 0.08, true), (ranges[1].Current, ranges[1].Low, ranges[1].High, ranges[1].FromTunable));
        Assert.Throws<ArgumentException>(() => ParameterRange.Resolve(column, ["enterprises.smelter.growth"]));
    }
}
