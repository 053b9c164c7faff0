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
}
