using System.Text.RegularExpressions;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Tests.Support;

namespace Sihui.ChainSim.Analysis.Tests.Reports;

public sealed class ReportHtmlTests
{
    [Fact]
    public async Task A_run_report_is_one_self_contained_file_with_tables_and_charts()
    {
        var outcome = await TestReports.RunAsync();
        using var folder = new TempFolder("report-run");

        var path = ReportHtml.WriteRun(folder.Path, outcome.Result, outcome.Scenario);

        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html);
        // Targets, total output by year, output by industry, growth rates and the main metrics (the tables of report.md).
        Assert.Equal(5, Count(html, "<table>"));
        Assert.Equal(3, Count(html, "src=\"data:image/png;base64,"));
        Assert.Contains("data-chart=\"fan-total_output\"", html);
        Assert.Contains("data-chart=\"industries-mean\"", html);
        Assert.Contains("data-chart=\"fan-industry_output-copper\"", html);
        Assert.Contains("copper_2025", html);
        Assert.Contains("铜 Copper", html);
        AssertSelfContained(html);
    }

    [Fact]
    public async Task A_comparison_report_has_the_comparison_chart_and_a_table_per_target()
    {
        var comparison = await TestReports.CompareAsync();
        using var folder = new TempFolder("report-comparison");

        var path = ReportHtml.WriteComparison(folder.Path, comparison);

        var html = File.ReadAllText(path);
        Assert.Equal(1 + 2 + 1, Count(html, "<table>"));
        Assert.Contains("data-chart=\"comparison\"", html);
        Assert.Equal(1 + 2, Count(html, "src=\"data:image/png;base64,"));
        Assert.Contains("<td class=\"text\">push</td>", html);
        AssertSelfContained(html);
    }

    private static void AssertSelfContained(string html)
    {
        Assert.DoesNotMatch(new Regex("(src|href)=\"(?!data:)", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
    }

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;
}
