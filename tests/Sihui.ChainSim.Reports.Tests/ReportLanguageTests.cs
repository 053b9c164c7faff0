using System.Text;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Engine;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Reports.Tests;

/// <summary>report.md follows the report language; labels come from name_zh / name_en; summary.json does not change.</summary>
public sealed class ReportLanguageTests
{
    private const string Scenario = """
        scenario: lang
        base_year: 2024
        end_year: 2026
        trials: 200
        seed: 3
        industries:
          - {id: copper, name: 铜 Copper, name_zh: 铜, name_en: Copper}
        enterprises:
          - {id: smelter, industry: copper, output: 100, growth: 0.06}
        targets:
          - {id: easy, name: 产值 Output, name_zh: 产值目标, name_en: Output target, metric: total_output, year: 2026, at_least: 50}
          - {id: hard, metric: total_output, year: 2026, at_least: 500}
        """;

    private static async Task<RunReport> RunAsync(string text = Scenario)
    {
        var scenario = CompiledScenario.Compile(SmallScenarios.Load(text, "lang.yaml"));
        var result = await DirectEngine.RunAsync(scenario);
        return new RunReport(new RunOutcome(scenario, result, EngineKind.Direct), "lang.yaml", new string('a', 64), "0.1.0");
    }

    private static string Markdown(RunReport report) => Encoding.UTF8.GetString(ReportMarkdownWriter.Write(report));

    [Fact]
    public async Task Without_a_language_the_report_is_in_chinese()
    {
        var report = await RunAsync();
        Assert.Equal(ScenarioLanguage.Zh, report.Language);
        var md = Markdown(report);
        Assert.Contains("## 目标", md, StringComparison.Ordinal);
        Assert.Contains("**很可能**", md, StringComparison.Ordinal);
        Assert.Contains("**不太可能**", md, StringComparison.Ordinal);
        Assert.Contains("| 产值目标 |", md, StringComparison.Ordinal);
        Assert.Contains("| 铜 |", md, StringComparison.Ordinal);
        foreach (var english in new[] { "likely", "uncertain", "Verdict", "How to read this" })
        {
            Assert.DoesNotContain(english, md, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task In_english_the_report_uses_the_english_words_and_names()
    {
        var report = await RunAsync() with { Language = ScenarioLanguage.En };
        var md = Markdown(report);
        Assert.Contains("## Targets", md, StringComparison.Ordinal);
        Assert.Contains("**likely**", md, StringComparison.Ordinal);
        Assert.Contains("**unlikely**", md, StringComparison.Ordinal);
        Assert.Contains("| Output target |", md, StringComparison.Ordinal);
        Assert.Contains("| Copper |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("很可能", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scenario_language_key_sets_the_default()
    {
        var report = await RunAsync(Scenario.Replace("seed: 3", "seed: 3\nlanguage: en", StringComparison.Ordinal));
        Assert.Equal(ScenarioLanguage.En, report.Language);
        Assert.Contains("**likely**", Markdown(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_label_without_name_zh_or_name_en_falls_back_to_name()
    {
        var report = await RunAsync();
        var hard = report.Definition.Targets.Single(t => t.Id == "hard");
        Assert.Equal("hard", hard.Label(ScenarioLanguage.Zh));
        Assert.Equal("hard", hard.Label(ScenarioLanguage.En));
        Assert.Equal("产值目标", report.Definition.Targets[0].Label(ScenarioLanguage.Zh));
    }

    [Fact]
    public async Task Summary_json_is_the_same_in_both_languages()
    {
        var zh = await RunAsync();
        var en = zh with { Language = ScenarioLanguage.En };
        Assert.Equal(SummaryJsonWriter.Write(zh), SummaryJsonWriter.Write(en));
    }

    [Fact]
    public void Each_verdict_has_a_word_in_both_languages()
    {
        Assert.Equal(["很可能", "不确定", "不太可能"], new[] { 0.9, 0.5, 0.1 }.Select(ReportWords.Zh.VerdictOf));
        Assert.Equal(["likely", "uncertain", "unlikely"], new[] { 0.9, 0.5, 0.1 }.Select(ReportWords.En.VerdictOf));
        Assert.Contains("80.0%", ReportWords.Zh.VerdictRuleText, StringComparison.Ordinal);
        Assert.Contains("20.0%", ReportWords.En.VerdictRuleText, StringComparison.Ordinal);
    }
}
