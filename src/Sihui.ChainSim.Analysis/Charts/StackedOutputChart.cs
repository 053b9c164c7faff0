using System.Globalization;
using ScottPlot;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Analysis.Charts;

/// <summary>Output per industry, stacked by year. Means add up to mean total output; P50s need not, so the title says which.</summary>
public static class StackedOutputChart
{
    public static ChartImage Of(SimulationResult result, ScenarioDefinition scenario, bool useP50 = false, ChainSim.Reports.ReportWords? words = null)
    {
        var w = words ?? ChainSim.Reports.ReportWords.For(scenario.Language);
        var title = $"{w.OutputByIndustryChart(useP50 ? "P50" : w.MeanWord)} — {scenario.Name}";
        var plot = ChartStyle.Begin(title, scenario.Industries.Select(i => i.Label(w.Language)).Append("亿元").Append(w.YearAxis));
        var years = result.Years.Select(y => y.Year).ToArray();
        var bases = new double[years.Length];
        var legend = new List<LegendItem>();
        for (var i = 0; i < scenario.Industries.Count; i++)
        {
            var industry = scenario.Industries[i];
            var metric = MetricNames.IndustryOutput(industry.Id);
            var color = ChartStyle.ColorAt(i);
            var bars = new List<Bar>();
            for (var y = 0; y < years.Length; y++)
            {
                var summary = result.Years[y].Metrics.First(m => m.Metric == metric).Summary;
                var value = useP50 ? summary.P50 : summary.Mean;
                bars.Add(new Bar { Position = years[y], ValueBase = bases[y], Value = bases[y] + value, FillColor = color, LineWidth = 0, Size = 0.7 });
                bases[y] += value;
            }
            plot.Add.Bars(bars);
            legend.Add(new LegendItem { LabelText = industry.Label(w.Language), FillColor = color });
        }
        plot.Axes.Bottom.SetTicks(years.Select(y => (double)y).ToArray(), years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.XLabel(w.YearAxis);
        plot.YLabel("亿元");
        ChartStyle.Legend(plot, legend, Alignment.UpperLeft);
        return ChartStyle.Render(plot, useP50 ? "industries-p50" : "industries-mean", title);
    }
}
