using System.Globalization;
using ScottPlot;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Sensitivity;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>The tornado: per parameter, a bar from the base case to the value at its low end and one to its high end, largest on top.</summary>
public static class TornadoChart
{
    /// <summary>
    /// <paramref name="onP50"/> plots the P50 of the target's metric instead of the target's probability. Labels are in
    /// the language of <paramref name="words"/>: a tunable's label_zh in Chinese.
    /// </summary>
    public static ChartImage Of(SensitivityResult sensitivity, AnalysisWords words, bool onP50 = false)
    {
        var bars = sensitivity.Bars;
        var chineseLabels = words.Language == Scenarios.Definitions.ScenarioLanguage.Zh;
        var title = words.WhatMoves(sensitivity.TargetName) + words.Parenthesized(onP50 ? "P50" : words.TornadoProbability);
        var xLabel = onP50 ? words.P50Of(sensitivity.Metric, sensitivity.Year) : words.ProbabilityOf(sensitivity.TargetId);
        var plot = ChartStyle.Begin(title, bars.Select(b => chineseLabels ? b.LabelZh ?? b.Label : b.Label).Append(xLabel).Append(words.LowEnd));
        var scale = onP50 ? 1.0 : 100.0;
        var baseline = (onP50 ? sensitivity.BaseP50 : sensitivity.BaseProbability) * scale;
        var (lowColor, highColor) = (ChartStyle.ColorAt(1), ChartStyle.ColorAt(0));
        var items = new List<Bar>();
        var labels = new string[bars.Count];
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var position = bars.Count - 1 - i;
            var low = (onP50 ? bar.P50AtLow : bar.ProbabilityAtLow) * scale;
            var high = (onP50 ? bar.P50AtHigh : bar.ProbabilityAtHigh) * scale;
            var lowBar = new Bar { Position = position, ValueBase = baseline, Value = low, FillColor = lowColor, LineWidth = 0, Size = 0.7 };
            var highBar = new Bar { Position = position, ValueBase = baseline, Value = high, FillColor = highColor, LineWidth = 0, Size = 0.7 };
            // When both ends fall on one side of the base, the longer bar goes first so the shorter stays visible.
            var lowFirst = Math.Abs(low - baseline) >= Math.Abs(high - baseline);
            items.Add(lowFirst ? lowBar : highBar);
            items.Add(lowFirst ? highBar : lowBar);
            var name = chineseLabels && bar.LabelZh is { } zh ? zh : bar.Label;
            labels[position] = $"{name} [{Number(bar.Low)} … {Number(bar.High)}]";
        }
        var plottable = plot.Add.Bars(items);
        plottable.Horizontal = true;
        plot.Add.VerticalLine(baseline, 1.5f, Colors.Black); // solid: the SVG backend cannot draw dashes
        plot.Axes.Left.SetTicks(Enumerable.Range(0, bars.Count).Select(i => (double)i).ToArray(), labels);
        plot.XLabel(xLabel);
        ChartStyle.Legend(plot,
            [new LegendItem { LabelText = words.LowEnd, FillColor = lowColor }, new LegendItem { LabelText = words.HighEnd, FillColor = highColor }],
            Alignment.LowerRight);
        var height = Math.Max(ChartStyle.Height, 120 + 34 * bars.Count);
        return ChartStyle.Render(plot, onP50 ? "tornado-p50" : "tornado-probability", title, ChartStyle.Width + 300, height);
    }

    private static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
