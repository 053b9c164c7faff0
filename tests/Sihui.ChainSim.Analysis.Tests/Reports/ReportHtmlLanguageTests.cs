using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Tests.Support;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Tests.Reports;

/// <summary>report.html in both languages: the lang attribute, the verdict words and thresholds, the report.md tables.</summary>
public sealed class ReportHtmlLanguageTests
{
    [Fact]
    public async Task The_chinese_page_has_no_english_verdict_word_and_states_the_thresholds()
    {
        var outcome = await TestReports.RunAsync();
        var html = ReportHtml.ForRun(outcome.Result, outcome.Scenario, language: ScenarioLanguage.Zh);
        Assert.Contains("<html lang=\"zh-Hans\">", html, StringComparison.Ordinal);
        Assert.Contains(ReportWords.Zh.VerdictRuleText, html, StringComparison.Ordinal);
        Assert.Matches("很可能|不确定|不太可能", html);
        foreach (var english in new[] { "likely", "uncertain", ">Verdict<", "Targets" })
        {
            Assert.DoesNotContain(english, html, StringComparison.OrdinalIgnoreCase);
        }
        // The same tables as report.md: total output by year, industries and the guide.
        Assert.Contains($"<h2>{ReportWords.Zh.TotalOutputByYear}</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<h2>{ReportWords.Zh.OutputByIndustryP50}</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<h2>{ReportWords.Zh.HowToRead}</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_english_page_says_en_and_uses_the_english_words()
    {
        var outcome = await TestReports.RunAsync();
        var html = ReportHtml.ForRun(outcome.Result, outcome.Scenario, language: ScenarioLanguage.En);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains(ReportWords.En.VerdictRuleText, html, StringComparison.Ordinal);
        Assert.Contains("<h2>Targets</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("很可能", html, StringComparison.Ordinal);
        Assert.DoesNotContain("不太可能", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_gap_sentence_reads_in_both_languages()
    {
        var split = new OutputSplit("total_output", 15, 35, 20, [new OutputPart("jintian", "金田", 10, 30, 20)], new OutputPart("rest", "其他", 5, 5, 0));
        var en = GapSentence.Of("plan", "baseline", 2025, split, ReportWords.En);
        var zh = GapSentence.Of("plan", "baseline", 2025, split, ReportWords.Zh);
        Assert.Equal("plan adds 20.0 亿元 to mean total output in 2025 compared with baseline: 20.0 from 金田.", en);
        Assert.Equal("与baseline相比，plan使 2025 年平均总产值增加 20.0 亿元：金田 20.0。", zh);
        Assert.Equal(en, GapSentence.Of("plan", "baseline", 2025, split));
    }
}
