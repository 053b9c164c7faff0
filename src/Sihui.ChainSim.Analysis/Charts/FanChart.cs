using System.Globalization;
using ScottPlot;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>
/// A metric over the years: the P10–P90 band, the P50 line, and the targets on that metric as markers. A growth rate
/// is drawn in percent, leaving out years where it is undefined.
/// </summary>
public static class FanChart
{
    public static ChartImage Of(SimulationResult result, ScenarioDefinition scenario, string metric, string? name = null, ChainSim.Reports.ReportWords? words = null)
    {
        var w = words ?? ChainSim.Reports.ReportWords.For(scenario.Language);
        var rows = result.Years
            .Select(y => (y.Year, Summary: y.Metrics.FirstOrDefault(m => m.Metric == metric)?.Summary))
            .Where(r => r.Summary is not null)
            .ToList();
        var rate = MetricNames.IsRate(metric);
        var scale = rate ? 100.0 : 1.0;
        if (rate)
        {
            rows = [.. rows.Where(r => double.IsFinite(r.Summary!.P10) && double.IsFinite(r.Summary.P90))];
        }
        if (rows.Count == 0)
        {
            throw new ArgumentException($"the result has no metric '{metric}'", nameof(metric));
        }
        var xs = rows.Select(r => (double)r.Year).ToArray();
        var title = $"{name ?? metric} — {scenario.Name}";
        var plot = ChartStyle.Begin(title, scenario.Targets.Select(t => t.Id).Append(name ?? metric).Append("亿元").Append(w.YearAxis).Append(w.TargetLegend));
        var band = plot.Add.FillY(xs, rows.Select(r => r.Summary!.P10 * scale).ToArray(), rows.Select(r => r.Summary!.P90 * scale).ToArray());
        band.FillColor = ChartStyle.ColorAt(0).WithAlpha(0.25);
        band.LineWidth = 0;
        var median = plot.Add.Scatter(xs, rows.Select(r => r.Summary!.P50 * scale).ToArray(), ChartStyle.ColorAt(0));
        median.LineWidth = 2.5f;
        median.MarkerSize = 6;

        var targets = scenario.Targets.Where(t => t.Metric == metric && xs.Contains(t.Year)).ToList();
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            var marker = plot.Add.Marker(target.Year, target.Threshold * scale, MarkerShape.FilledDiamond, 14, ChartStyle.ColorAt(5));
            var met = result.Targets.FirstOrDefault(t => t.TargetId == target.Id)?.Met.Probability;
            var sign = target.Comparison == Scenarios.Definitions.Comparison.AtLeast ? "≥" : "≤";
            var threshold = rate ? (target.Threshold * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : target.Threshold.ToString("0.##", CultureInfo.InvariantCulture);
            var label = $"{target.Id} {sign} {threshold}"
                + (met is { } p ? $" ({(p * 100).ToString("0", CultureInfo.InvariantCulture)}%)" : "");
            var text = plot.Add.Text(label, target.Year, target.Threshold * scale);
            text.LabelFontSize = 12;
            text.LabelFontColor = ChartStyle.ColorAt(5);
            // Labels of targets in the last year go to the marker's left, so they stay inside the plot.
            var last = target.Year == rows[^1].Year && rows.Count > 1;
            text.LabelAlignment = last ? Alignment.LowerRight : Alignment.LowerLeft;
            text.OffsetX = last ? -10 : 10;
            text.OffsetY = -4;
        }
        plot.Axes.Bottom.SetTicks(xs, rows.Select(r => r.Year.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.XLabel(w.YearAxis);
        plot.YLabel(rate ? w.PercentAYear : MetricNames.IsMoney(metric) ? "亿元" : metric);
        plot.Axes.Margins(horizontal: 0.12, vertical: 0.12);
        var legend = new List<LegendItem>
        {
            new() { LabelText = "P10–P90", FillColor = band.FillColor },
            new() { LabelText = "P50", LineColor = median.LineColor, LineWidth = 2.5f, MarkerShape = MarkerShape.FilledCircle, MarkerColor = median.LineColor },
        };
        if (targets.Count > 0)
        {
            legend.Add(new LegendItem { LabelText = w.TargetLegend, MarkerShape = MarkerShape.FilledDiamond, MarkerColor = ChartStyle.ColorAt(5), MarkerSize = 12 });
        }
        ChartStyle.Legend(plot, legend, Alignment.UpperLeft);
        return ChartStyle.Render(plot, "fan-" + FileSafe(metric), title);
    }

    /// <summary>Text usable in a file name: ASCII letters, digits, - and _ kept, anything else turned into -.</summary>
    public static string FileSafe(string text) =>
        new(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
}
