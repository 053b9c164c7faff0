using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Analysis.Tests.Support;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Analysis.Tests.Comparison;

public sealed class GapExplainerTests
{
    private static readonly AnalysisSettings Settings = new() { Trials = 300 };

    [Fact]
    public async Task Parts_and_interaction_add_up_to_the_total_exactly()
    {
        var baseline = TestScenarios.Column(TestScenarios.TwoIndustries);
        var push = TestScenarios.Column(TestScenarios.TwoIndustries, "push");

        var gap = await GapExplainer.ExplainAsync(new DirectRunner(), baseline, push, "total_2026", Settings);

        Assert.Equal(3, gap.Assumptions.Count);
        Assert.All(gap.Assumptions, a => Assert.NotNull(a.P50Effect));
        Assert.Equal(gap.P50.Total, SumThen(gap.Assumptions.Select(a => a.P50Effect ?? 0), gap.P50.Interaction));
        Assert.Equal(gap.Mean.Total, SumThen(gap.Assumptions.Select(a => a.MeanEffect ?? 0), gap.Mean.Interaction));
        Assert.Equal(gap.Mean.To - gap.Mean.From, gap.Mean.Total);
        Assert.Equal(2 + 3, gap.Runs);
    }

    [Fact]
    public async Task Output_splits_by_industry_and_park_add_up_to_the_change_in_total_output()
    {
        var gap = await GapExplainer.ExplainAsync(new DirectRunner(),
            TestScenarios.Column(TestScenarios.TwoIndustries), TestScenarios.Column(TestScenarios.TwoIndustries, "push"), "total_2026", Settings);

        foreach (var split in new[] { gap.ByIndustry, gap.ByPark })
        {
            Assert.Equal(split.Total, SumThen(split.Parts.Select(p => p.Difference), split.Remainder.Difference));
        }
        Assert.Equal(gap.Mean.Total, gap.ByIndustry.Total);
        Assert.Equal(["copper", "food"], gap.ByIndustry.Parts.Select(p => p.Id));
        Assert.Equal(["hitech", "foodpark"], gap.ByPark.Parts.Select(p => p.Id));
        // The park remainder is the linkage effect plus the unparked stall: positive, as both grow.
        Assert.True(gap.ByPark.Remainder.To > 5);
        Assert.StartsWith("push adds ", gap.Sentence);
        Assert.Contains("亿元", gap.Sentence);
        Assert.Contains("from 高新区 High-tech", gap.Sentence);
    }

    [Fact]
    public async Task Going_back_to_the_baseline_resets_the_variants_overrides_to_the_files_values()
    {
        var gap = await GapExplainer.ExplainAsync(new DirectRunner(),
            TestScenarios.Column(TestScenarios.TwoIndustries, "push"), TestScenarios.Column(TestScenarios.TwoIndustries), "copper_2025", Settings);

        Assert.Equal(3, gap.Assumptions.Count);
        var smelter = gap.Assumptions.Single(a => a.Path == "enterprises.smelter.growth.mean");
        Assert.Equal("0.08", smelter.FromValue);
        Assert.Equal("0.05", smelter.ToValue);
        Assert.True(smelter.P50Effect < 0);
        // The bakery is food: it cannot move copper output.
        Assert.Equal(0.0, gap.Assumptions.Single(a => a.Path == "enterprises.bakery.growth.mean").P50Effect);
        Assert.StartsWith("baseline takes ", gap.Sentence);
    }

    private static double SumThen(IEnumerable<double> parts, double last)
    {
        var sum = 0.0;
        foreach (var part in parts)
        {
            sum += part;
        }
        return sum + last;
    }
}
