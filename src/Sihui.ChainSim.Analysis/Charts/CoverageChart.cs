using System.Globalization;
using ScottPlot;
using Sihui.ChainSim.Analysis.Backtest;
using Sihui.ChainSim.Analysis.Reports;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>A backtest's P10–P90 coverage by horizon, each bar with its Wilson 95% interval, against the 80% a calibrated forecast gives.</summary>
public static class CoverageChart
{
    public const string Name = "coverage-by-horizon";

    public static ChartImage Of(BacktestReport report, AnalysisWords words)
    {
        var s = report.Summary;
        var title = words.CoverageTitle((s.CoverageP10P90 * 100).ToString("0", CultureInfo.InvariantCulture), s.N);
        var plot = ChartStyle.Begin(title, [words.YearsAheadAxis, words.InsideAxis, words.CoverageLegend]);
        var bars = report.ByHorizon.Select(h => new Bar
        {
            Position = h.Horizon,
            Value = 100 * h.Summary.CoverageP10P90,
            Size = 0.6,
            FillColor = ChartStyle.ColorAt(0),
            LineWidth = 0,
        }).ToList();
        plot.Add.Bars(bars);
        foreach (var h in report.ByHorizon)
        {
            var line = plot.Add.Line(h.Horizon, 100 * h.Summary.CoverageLow, h.Horizon, 100 * h.Summary.CoverageHigh);
            line.LineWidth = 2;
            line.Color = Colors.Black;
        }
        plot.Add.HorizontalLine(80, 1.5f, ChartStyle.ColorAt(1)); // solid: the SVG backend cannot draw dashes
        var horizons = report.ByHorizon.Select(h => (double)h.Horizon).ToArray();
        plot.Axes.Bottom.SetTicks(horizons, report.ByHorizon.Select(h => $"{h.Horizon} ({h.Summary.N})").ToArray());
        plot.Axes.SetLimitsY(0, 105);
        plot.XLabel(words.YearsAheadAxis);
        plot.YLabel(words.InsideAxis);
        ChartStyle.Legend(plot,
        [
            new LegendItem { LabelText = words.CoverageLegend, FillColor = ChartStyle.ColorAt(0) },
            new LegendItem { LabelText = "80%", LineColor = ChartStyle.ColorAt(1), LineWidth = 2 },
        ], Alignment.LowerRight);
        return ChartStyle.Render(plot, Name, title);
    }
}
