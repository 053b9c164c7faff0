using System.Globalization;
using ScottPlot;
using Sihui.ChainSim.Analysis.Reports;
using Sihui.ChainSim.Analysis.Scoring;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>The PIT histogram of scored actuals in ten bins, against the flat line calibrated forecasts would give.</summary>
public static class PitHistogramChart
{
    public const string Name = "pit-histogram";

    public static ChartImage Of(ScoreSummary summary, AnalysisWords words)
    {
        var title = words.PitTitle(summary.N, (summary.CoverageP10P90 * 100).ToString("0", CultureInfo.InvariantCulture));
        var plot = ChartStyle.Begin(title, [words.Calibrated, words.PitAxis, words.ActualsAxis]);
        var bins = summary.PitHistogram.Count;
        var bars = summary.PitHistogram.Select((count, i) => new Bar
        {
            Position = (i + 0.5) / bins,
            Value = count,
            Size = 0.9 / bins,
            FillColor = ChartStyle.ColorAt(0),
            LineWidth = 0,
        }).ToList();
        plot.Add.Bars(bars);
        var flat = plot.Add.HorizontalLine(summary.N / (double)bins, 1.5f, Colors.Black); // solid: the SVG backend cannot draw dashes
        flat.LegendText = words.Calibrated;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, bins + 1).Select(i => (double)i / bins).ToArray(),
            Enumerable.Range(0, bins + 1).Select(i => ((double)i / bins).ToString("0.0", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsY(0, Math.Max(1, summary.PitHistogram.DefaultIfEmpty(0).Max()) * 1.15);
        plot.XLabel(words.PitAxis);
        plot.YLabel(words.ActualsAxis);
        return ChartStyle.Render(plot, Name, title);
    }
}
