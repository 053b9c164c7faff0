using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Charts;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.Runs;
using Sihui.ChainSim.Analysis.Sensitivity;
using Sihui.ChainSim.Analysis.Tests.Support;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Analysis.Tests.Charts;

public sealed class ChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Fan_and_stacked_charts_write_non_empty_png_and_svg()
    {
        var outcome = await new DirectRunner().RunAsync(new RunRequest { ScenarioText = TestScenarios.TwoIndustries, FileName = "t.yaml", Trials = 200 });
        using var folder = new TempFolder("charts");

        var charts = new[]
        {
            FanChart.Of(outcome.Result, outcome.Scenario.Definition, "total_output", "Total output 总产值"),
            FanChart.Of(outcome.Result, outcome.Scenario.Definition, "industry_output:copper", "铜 Copper"),
            StackedOutputChart.Of(outcome.Result, outcome.Scenario.Definition),
            StackedOutputChart.Of(outcome.Result, outcome.Scenario.Definition, useP50: true),
        };

        foreach (var chart in charts)
        {
            AssertWritten(chart, folder.Path);
        }
        Assert.Equal(["fan-total_output", "fan-industry_output-copper", "industries-mean", "industries-p50"], charts.Select(c => c.Name));
        Assert.Contains("copper_2025", charts[1].Svg);
    }

    [Fact]
    public async Task Pngs_drawn_side_by_side_in_the_background_are_the_pngs_drawn_one_by_one()
    {
        var outcome = await new DirectRunner().RunAsync(new RunRequest { ScenarioText = TestScenarios.TwoIndustries, FileName = "t.yaml", Trials = 200 });
        var inTurn = ReportHtml.RunCharts(outcome.Result, outcome.Scenario.Definition);
        var expected = inTurn.Select(c => (c.Png, c.Svg)).ToList();

        var background = ReportHtml.RunCharts(outcome.Result, outcome.Scenario.Definition);
        ChartImage.DrawPngsInBackground(background);

        Assert.True(background.Count >= 2, "the run gives several charts to draw at once");
        Assert.Equal(expected.Select(e => WithClipIdsInOrder(e.Svg)), background.Select(c => WithClipIdsInOrder(c.Svg)));
        Assert.Equal(expected.Select(e => Convert.ToHexString(e.Png)), background.Select(c => Convert.ToHexString(c.Png)));
    }

    /// <summary>The SVG writer numbers clip paths from a counter shared by the process; renumber them by first use.</summary>
    private static string WithClipIdsInOrder(string svg)
    {
        var seen = new Dictionary<string, int>();
        return System.Text.RegularExpressions.Regex.Replace(svg, @"cl_[0-9a-zA-Z]+", m => $"cl_{(seen.TryGetValue(m.Value, out var n) ? n : seen[m.Value] = seen.Count)}");
    }

    [Fact]
    public async Task Tornado_and_comparison_charts_write_non_empty_png_and_svg()
    {
        var settings = new AnalysisSettings { Trials = 150 };
        var column = TestScenarios.Column(TestScenarios.TwoIndustries);
        var tornado = await SensitivityAnalyzer.RunAsync(new DirectRunner(), column, "total_2026", settings: settings);
        var comparison = await Comparer.RunAsync(new DirectRunner(), [column, TestScenarios.Column(TestScenarios.TwoIndustries, "push")], settings);
        using var folder = new TempFolder("charts");

        AssertWritten(TornadoChart.Of(tornado, AnalysisWords.En), folder.Path);
        AssertWritten(TornadoChart.Of(tornado, AnalysisWords.Zh, onP50: true), folder.Path);
        AssertWritten(ComparisonChart.Of(comparison, AnalysisWords.En), folder.Path);
    }

    [Fact]
    public void Chinese_labels_get_a_font_that_can_draw_them()
    {
        var font = ChartStyle.FontFor(["铜 Copper"]);

        Assert.False(string.IsNullOrEmpty(font));
        Assert.Equal(0, ScottPlot.Fonts.CountMissingGlyphs(font, ScottPlot.Fonts.GetStandaloneCodePoints("铜 Copper")));
    }

    private static void AssertWritten(ChartImage chart, string folder)
    {
        var (png, svg) = chart.WriteTo(folder);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 5_000, $"{png} is only {bytes.Length} bytes");
        Assert.Equal(PngSignature, bytes[..8]);
        var text = File.ReadAllText(svg);
        Assert.Contains("<svg", text);
        Assert.Contains("</svg>", text);
    }
}
