using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Analysis.Sensitivity;
using Sihui.ChainSim.Analysis.Tests.Support;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Analysis.Tests.Reports;

public sealed class AnalysisMarkdownTests
{
    private static readonly AnalysisSettings Settings = new() { Trials = 100 };

    [Fact]
    public async Task Tornado_gap_and_goal_seek_read_as_markdown_tables()
    {
        var column = TestScenarios.Column(TestScenarios.TwoIndustries);
        var tornado = await SensitivityAnalyzer.RunAsync(new DirectRunner(), column, "total_2026", settings: Settings);
        var gap = await GapExplainer.ExplainAsync(new DirectRunner(), column, TestScenarios.Column(TestScenarios.TwoIndustries, "push"), "total_2026", Settings);
        var seek = await GoalSeeker.SeekAsync(new DirectRunner(), column,
            new GoalSeekRequest { TargetId = "total_2026", Path = "enterprises.smelter.growth.mean", Probability = 0.99 }, Settings);

        var sensitivityText = AnalysisMarkdown.Sensitivity(tornado, AnalysisWords.En);
        Assert.Contains("| 1 | Smelter growth 冶炼增速 | enterprises.smelter.growth.mean |", sensitivityText);
        var gapText = AnalysisMarkdown.Gap(gap, AnalysisWords.En);
        Assert.Contains("| interaction |", gapText);
        Assert.Contains("| linkage effects and output outside any park |", gapText);
        var seekText = AnalysisMarkdown.GoalSeek(seek, AnalysisWords.En);
        Assert.False(seek.Reached);
        Assert.Contains("unreachable within [0, 0.1]", seekText);
        Assert.Contains("| no | — |", seekText);
    }

    [Fact]
    public async Task A_gaps_note_reads_in_the_language_of_the_words()
    {
        // mean_reversion is not written in the file (it defaults), so setting it only in A leaves its effect in the interaction.
        var from = TestScenarios.Column(TestScenarios.TwoIndustries, label: "reverting")
            .With(new Scenarios.Definitions.OverrideDefinition("industries.copper.price.mean_reversion", "0.2"));
        var gap = await GapExplainer.ExplainAsync(new DirectRunner(), from, TestScenarios.Column(TestScenarios.TwoIndustries), "total_2026", Settings);

        Assert.Equal("absent_from_file", Assert.Single(gap.NoteCodes).Code);
        Assert.Equal("industries.copper.price.mean_reversion is set only in reverting and is absent from the file, so its effect stays in the interaction",
            Assert.Single(gap.Notes));
        Assert.Contains("- Note: industries.copper.price.mean_reversion is set only in reverting", AnalysisMarkdown.Gap(gap, AnalysisWords.En));
        var zh = AnalysisMarkdown.Gap(gap, AnalysisWords.Zh);
        Assert.Contains("- 注：industries.copper.price.mean_reversion 只在“reverting”中设定，文件中没有该项，因此其影响计入交互作用", zh);
        Assert.DoesNotContain("absent", zh);
    }
}
