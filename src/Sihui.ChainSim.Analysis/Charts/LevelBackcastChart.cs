using System.Globalization;
using ScottPlot;
using Sihui.ChainSim.Analysis.Backtest;
using Sihui.ChainSim.Analysis.Reports;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>One metric's backcast: the fan (P10–P90 and P50) simulated from the origin with the fitted values, and the history's figures as dots.</summary>
public static class LevelBackcastChart
{
    public static ChartImage Of(BackcastSeries series, int origin, AnalysisWords words)
    {
        var label = series.Id.Length == 0 ? series.Metric : $"{series.Metric} {series.Id}";
        var (inside, of) = series.Coverage();
        var title = label + words.Report.Colon + words.HistoryAgainstFan(origin);
        var plot = ChartStyle.Begin(title, [label, "亿元", words.FittedP10P90, words.HistoryInside(0, 0)]);
        // The fan starts at the origin's figure, where there is no spread yet.
        var start = series.HistoryYears.ToList().IndexOf(origin) is var at and >= 0 ? series.HistoryValues[at] : (double?)null;
        var xs = (start is null ? series.Years : series.Years.Prepend(origin)).Select(y => (double)y).ToArray();
        double[] With(IReadOnlyList<double> values) => (start is { } s ? values.Prepend(s) : values).ToArray();
        var band = plot.Add.FillY(xs, With(series.P10), With(series.P90));
        band.FillColor = ChartStyle.ColorAt(0).WithAlpha(0.25);
        band.LineWidth = 0;
        var median = plot.Add.Scatter(xs, With(series.P50), ChartStyle.ColorAt(0));
        median.LineWidth = 2f;
        median.MarkerSize = 0;
        var dots = plot.Add.ScatterPoints(series.HistoryYears.Select(y => (double)y).ToArray(), series.HistoryValues.ToArray(), ChartStyle.ColorAt(1));
        dots.MarkerSize = 8;
        plot.Axes.Bottom.SetTicks(xs, xs.Select(x => x.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.XLabel(words.Report.YearAxis);
        plot.YLabel(series.Metric == "indicator" ? series.Id : "亿元");
        plot.Axes.Margins(horizontal: 0.08, vertical: 0.12);
        ChartStyle.Legend(plot,
        [
            new LegendItem { LabelText = words.FittedP10P90, FillColor = ChartStyle.ColorAt(0).WithAlpha(0.25) },
            new LegendItem { LabelText = "P50", LineColor = ChartStyle.ColorAt(0), LineWidth = 2 },
            new LegendItem { LabelText = words.HistoryInside(inside, of), MarkerColor = ChartStyle.ColorAt(1), MarkerShape = MarkerShape.FilledCircle, MarkerSize = 8 },
        ], Alignment.UpperLeft);
        return ChartStyle.Render(plot, FanChart.FileSafe($"backcast-level-{label.Replace(' ', '-')}"), title);
    }
}
