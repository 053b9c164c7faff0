using ScottPlot;
using Sihui.ChainSim.Analysis.Calibration;
using Sihui.ChainSim.Analysis.Reports;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>
/// History against the fitted fan, one chart per industry: every firm's real growth each year as a dot, over the
/// P10–P90 band the fit gives a firm of the industry in a year, mean ± 1.2816 · √(τ² + σ² + σ_k² + σ_m²).
/// About 80% of the dots should fall inside when the fit is right.
/// </summary>
public static class BackcastChart
{
    /// <summary>z of the 90th percentile of a normal: P10–P90 is mean ± z · sd.</summary>
    public const double Z90 = 1.2815515655446004;

    public static IReadOnlyList<ChartImage> Of(CalibrationResult result, AnalysisWords words) =>
        result.Panel.Industries.Select(industry => Of(result, industry, words)).ToList();

    /// <summary>The band's half-width over z: the sd of one firm's growth in one year, drawn afresh.</summary>
    public static double Sd(IndustryFit industry, PanelFit panel)
    {
        var tau = double.IsNaN(industry.Tau) ? 0 : industry.Tau;
        var macro = panel.MacroIdentified ? panel.MacroSd : 0;
        return Math.Sqrt(tau * tau + industry.WithinSd * industry.WithinSd + industry.ShockSd * industry.ShockSd + macro * macro);
    }

    private static ChartImage Of(CalibrationResult result, IndustryFit industry, AnalysisWords words)
    {
        var firms = result.Series.Where(f => f.Industry == industry.Id && result.Panel.Firms.Any(p => p.Id == f.Id && !p.FellBack)).ToList();
        var years = firms.SelectMany(f => f.Growth.Keys).Distinct().Order().Select(y => (double)y).ToArray();
        var title = words.RealGrowthTitle(industry.Id);
        var plot = ChartStyle.Begin(title, [industry.Id, words.RealGrowthAxis, words.HistoryInside(0, 0)]);
        var sd = Sd(industry, result.Panel);
        var band = plot.Add.FillY(years, years.Select(_ => 100 * (industry.Mean - Z90 * sd)).ToArray(), years.Select(_ => 100 * (industry.Mean + Z90 * sd)).ToArray());
        band.FillColor = ChartStyle.ColorAt(0).WithAlpha(0.25);
        band.LineWidth = 0;
        var mean = plot.Add.HorizontalLine(100 * industry.Mean, 2f, ChartStyle.ColorAt(0));
        // Solid: the SVG backend cannot draw a dash pattern and says so on stderr.
        var xs = firms.SelectMany(f => f.Growth.Select(g => (double)g.Key)).ToArray();
        var ys = firms.SelectMany(f => f.Growth.Select(g => 100 * g.Value)).ToArray();
        var dots = plot.Add.ScatterPoints(xs, ys, ChartStyle.ColorAt(1));
        dots.MarkerSize = 7;
        var inside = ys.Count(y => Math.Abs(y / 100 - industry.Mean) <= Z90 * sd);
        plot.Axes.Bottom.SetTicks(years, years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.XLabel(words.Report.YearAxis);
        plot.YLabel(words.RealGrowthAxis);
        ChartStyle.Legend(plot,
        [
            new LegendItem { LabelText = words.FittedP10P90, FillColor = ChartStyle.ColorAt(0).WithAlpha(0.25) },
            new LegendItem { LabelText = words.HistoryInside(inside, ys.Length), MarkerColor = ChartStyle.ColorAt(1), MarkerShape = MarkerShape.FilledCircle, MarkerSize = 8 },
        ], Alignment.UpperRight);
        return ChartStyle.Render(plot, FanChart.FileSafe("backcast-" + industry.Id), title);
    }
}
