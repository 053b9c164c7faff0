using System.Globalization;
using ScottPlot;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.Reports;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>Grouped bars: each target's probability in each column, with the Wilson 95% interval as an error bar.</summary>
public static class ComparisonChart
{
    public static ChartImage Of(ComparisonResult comparison, AnalysisWords words)
    {
        var title = words.ChanceByScenario;
        var plot = ChartStyle.Begin(title, comparison.Targets.Select(t => t.TargetId).Concat(comparison.Columns.Select(c => c.Label)).Append(words.ProbabilityPercent));
        var columns = comparison.Columns.Count;
        var width = 0.8 / columns;
        var bars = new List<Bar>();
        for (var t = 0; t < comparison.Targets.Count; t++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (comparison.Targets[t].Cells[c] is not { } cell)
                {
                    continue;
                }
                bars.Add(new Bar
                {
                    Position = t - 0.4 + width * (c + 0.5),
                    Value = cell.Met.Probability * 100,
                    Error = (cell.Met.High - cell.Met.Low) * 50,
                    ErrorSize = width * 0.3,
                    ErrorPositive = true,
                    ErrorNegative = true,
                    Label = (cell.Met.Probability * 100).ToString("0", CultureInfo.InvariantCulture) + "%",
                    FillColor = ChartStyle.ColorAt(c),
                    LineWidth = 1.2f,
                    LineColor = Colors.DimGray,
                    Size = width * 0.92,
                });
            }
        }
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = 12;
        var labels = comparison.Targets.Select(t => t.TargetId).ToArray();
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, labels.Length).Select(i => (double)i).ToArray(), labels);
        plot.Axes.Bottom.TickLabelStyle.Rotation = labels.Length > 4 ? 30 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = labels.Length > 4 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        if (labels.Length > 4)
        {
            // Rotated labels need room the layout does not reserve by itself.
            plot.Axes.Bottom.MinimumSize = 20 + 4.5f * labels.Max(l => l.Length);
        }
        // Headroom above 100% for the value labels and the legend.
        plot.Axes.SetLimitsY(0, 100 + 12 + 4 * columns);
        plot.YLabel(words.ProbabilityPercent);
        ChartStyle.Legend(plot,
            comparison.Columns.Select((c, i) => new LegendItem { LabelText = c.Label, FillColor = ChartStyle.ColorAt(i) }).ToList(),
            Alignment.UpperRight);
        return ChartStyle.Render(plot, "comparison", title, Math.Max(ChartStyle.Width, 140 * labels.Length), ChartStyle.Height + (labels.Length > 4 ? 100 : 0));
    }
}
