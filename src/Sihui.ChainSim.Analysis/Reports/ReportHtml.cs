using Sihui.ChainSim.Analysis.Charts;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Model.Compilation;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Analysis.Reports;

/// <summary>report.html: one self-contained file with tables and inlined charts, for a run or for a comparison. A planner can email it.</summary>
public static class ReportHtml
{
    public const string FileName = "report.html";

    /// <summary>How many target metrics get their own fan chart, besides total output.</summary>
    public const int MaxTargetFanCharts = 6;

    /// <summary>How the fan chart of total output is titled.</summary>
    public const string TotalOutputName = "Total output 总产值";

    /// <summary>
    /// A run's charts, in the report's order: total output's fan chart, the stacked industry chart, then a fan chart per
    /// target metric. Nothing is drawn until a chart's image is read.
    /// </summary>
    public static IReadOnlyList<ChartImage> RunCharts(SimulationResult result, ScenarioDefinition definition) =>
    [
        FanChart.Of(result, definition, MetricNames.TotalOutput, TotalOutputName),
        StackedOutputChart.Of(result, definition),
        .. definition.Targets.Select(t => t.Metric).Distinct()
            .Where(m => m != MetricNames.TotalOutput && result.Years.Any(y => y.Metrics.Any(s => s.Metric == m && double.IsFinite(s.Summary.P50))))
            .Take(MaxTargetFanCharts)
            .Select(metric => FanChart.Of(result, definition, metric)),
    ];

    /// <summary>The run's report; <paramref name="charts"/> (from <see cref="RunCharts"/>) lets a caller that also saves them draw each once.</summary>
    public static string ForRun(SimulationResult result, CompiledScenario scenario, IReadOnlyList<RunOverride>? overrides = null, IReadOnlyList<ChartImage>? charts = null)
    {
        var definition = scenario.Definition;
        overrides ??= [];
        var html = new HtmlBuilder($"{definition.Name} — simulation report");
        html.Paragraph(RunLine(scenario, overrides), "meta");
        html.Heading("Changed from the file");
        if (overrides.Count == 0)
        {
            html.Paragraph("Nothing: the scenario file as written.");
        }
        else
        {
            html.Table(["path", "value", "source"], overrides.Select(o => (IReadOnlyList<string>)[o.Path, o.Value, o.Source]), textColumns: 3);
        }
        if (definition.Description.Length > 0)
        {
            html.Paragraph(definition.Description);
        }
        html.Heading("Targets");
        // A nowcast shows the same trials unweighted (before) beside the conditioned chance (after).
        var conditioning = result.Conditioning;
        IReadOnlyList<string> headers = conditioning is null
            ? ["target", "metric", "year", "threshold", "probability", "95% interval", "P10", "P50", "P90", "time to target", "share"]
            : ["target", "metric", "year", "threshold", "before", "before 95% interval", "after", "after 95% interval", "P10", "P50", "P90", "time to target", "share"];
        html.Table(headers,
            definition.Targets.Where(t => t.Year <= scenario.EndYear).Select(t => TargetRow(result, scenario.EndYear, t.Id, t.Name, t.Metric, t.Year,
                (t.Comparison == Scenarios.Definitions.Comparison.AtLeast ? "≥ " : "≤ ") + ReportText.MetricAmount(t.Metric, t.Threshold))),
            textColumns: 2);
        if (result.Targets.Count > 0)
        {
            html.Paragraph($"All targets at once: {ReportText.Percent(result.AllTargets.Probability)} " +
                $"({ReportText.Percent(result.AllTargets.Low)}–{ReportText.Percent(result.AllTargets.High)}); " +
                $"covers {result.Targets.Count} of {definition.Targets.Count} targets." +
                (conditioning is null ? "" : $" Before the observations: {ReportText.Percent(conditioning.AllTargetsBefore.Probability)}."));
        }
        if (conditioning is not null)
        {
            html.Paragraph($"Conditioned on {conditioning.Rows.Count} observation(s): {string.Join("; ", conditioning.Rows)}. " +
                $"Effective sample size {conditioning.Ess.ToString("N0", ReportText.Invariant)} of {ReportText.Integer(conditioning.TrialsDrawn)} trials drawn. " +
                "Before is the same trials unweighted; after, and the quantiles, weigh each trial by how well it explains the observations.", "meta");
        }
        html.Heading("Charts");
        foreach (var chart in charts ?? RunCharts(result, definition))
        {
            html.Chart(chart);
        }
        html.Heading("Main metrics by year (亿元)");
        html.Table(["metric", "year", "mean", "P10", "P50", "P90"], MainMetrics(definition).SelectMany(m => result.Years.Select(y =>
        {
            var s = y.Metrics.First(n => n.Metric == m.Metric).Summary;
            return (IReadOnlyList<string>)[m.Name, ReportText.Integer(y.Year), ReportText.Amount(s.Mean), ReportText.Amount(s.P10), ReportText.Amount(s.P50), ReportText.Amount(s.P90)];
        })), textColumns: 1);
        return html.ToString();
    }

    public static string ForComparison(ComparisonResult comparison)
    {
        var columns = comparison.Columns;
        var html = new HtmlBuilder("Scenario comparison");
        html.Paragraph($"{ReportText.Integer(comparison.Trials)} trials per column, seed {comparison.Seed}: every column uses the same random numbers, " +
            $"so differences come from the assumptions, not from sampling noise. Differences are to the first column, {columns[0].Label}.", "meta");
        if (comparison.Conditioning is { } conditioning)
        {
            html.Paragraph(AnalysisText.Conditioned(conditioning, comparison.Trials), "meta");
            html.Table(["column", "scenario", "variant", "overrides", "ESS"],
                columns.Select(c => (IReadOnlyList<string>)[c.Label, c.Scenario, c.Variant ?? "", string.Join("; ", c.Overrides), AnalysisText.Ess(c.Ess)]),
                textColumns: 4);
        }
        else
        {
            html.Table(["column", "scenario", "variant", "overrides"],
                columns.Select(c => (IReadOnlyList<string>)[c.Label, c.Scenario, c.Variant ?? "", string.Join("; ", c.Overrides)]),
                textColumns: 4);
        }
        html.Chart(ComparisonChart.Of(comparison));
        html.Heading("Targets");
        foreach (var target in comparison.Targets)
        {
            var sign = target.Comparison == "at_least" ? "≥" : "≤";
            html.Heading($"{target.Name} — {target.Metric} in {target.Year} {sign} {ReportText.MetricAmount(target.Metric, target.Threshold)}", 3);
            html.Table(["column", "probability", "95% interval", "Δ probability", "P50", "P10–P90", "Δ P50", "time to target", "share"],
                columns.Select((c, i) => ComparisonRow(target.Metric, c.Label, target.Cells[i], i == 0)), textColumns: 1);
        }
        html.Heading("Main metrics by year (亿元)");
        var headers = new List<string> { "metric", "year" };
        headers.AddRange(columns.SelectMany((c, i) => i == 0 ? new[] { $"{c.Label} mean", $"{c.Label} P50" } : [$"{c.Label} mean", "Δ mean", $"{c.Label} P50", "Δ P50"]));
        html.Table(headers, comparison.Metrics.Select(m => ComparisonWriter.MetricCells(m, columns.Count)), textColumns: 1);
        if (comparison.Outcomes.Count == columns.Count)
        {
            html.Heading("Total output by column");
            for (var i = 0; i < columns.Count; i++)
            {
                var outcome = comparison.Outcomes[i];
                html.Chart(FanChart.Of(outcome.Result, outcome.Scenario.Definition, MetricNames.TotalOutput, $"{TotalOutputName} ({columns[i].Label})"));
            }
        }
        return html.ToString();
    }

    public static string WriteRun(string folder, SimulationResult result, CompiledScenario scenario, IReadOnlyList<RunOverride>? overrides = null) =>
        Write(Path.Combine(folder, FileName), ForRun(result, scenario, overrides));

    public static string WriteComparison(string folder, ComparisonResult comparison) =>
        Write(Path.Combine(folder, FileName), ForComparison(comparison));

    private static string Write(string path, string html)
    {
        OutputFiles.WriteText(path, html);
        return path;
    }

    private static string RunLine(CompiledScenario scenario, IReadOnlyList<RunOverride> overrides) =>
        $"Base year {scenario.BaseYear}, simulated to {scenario.EndYear}; {ReportText.Integer(scenario.Trials)} trials, seed {scenario.Seed}" +
        (scenario.Definition.AppliedVariant is { } v ? $"; variant {v}" : overrides.Count > 0 ? "; no variant" : "; baseline") +
        (overrides.Count > 0 ? $", {overrides.Count} {(overrides.Count == 1 ? "value" : "values")} changed from the file" : "") +
        ". Money is in 亿元 (100 million yuan).";

    private static IReadOnlyList<string> TargetRow(SimulationResult result, int lastYear, string id, string name, string metric, int year, string threshold)
    {
        var target = result.Targets.First(t => t.TargetId == id);
        var timing = result.TimeToTarget.FirstOrDefault(t => t.TargetId == id);
        var v = target.Value;
        var before = result.Conditioning?.TargetsBefore.First(t => t.TargetId == id).Met;
        IReadOnlyList<string> beforeCells = before is null
            ? []
            : [ReportText.Percent(before.Probability), $"{ReportText.Percent(before.Low)}–{ReportText.Percent(before.High)}"];
        return
        [
            name, metric, ReportText.Integer(year), threshold, .. beforeCells, ReportText.Percent(target.Met.Probability),
            $"{ReportText.Percent(target.Met.Low)}–{ReportText.Percent(target.Met.High)}",
            ReportText.MetricAmount(metric, v.P10), ReportText.MetricAmount(metric, v.P50), ReportText.MetricAmount(metric, v.P90),
            timing is null ? "" : TimingText.When(timing),
            timing is null ? "" : TimingText.Share(timing, lastYear),
        ];
    }

    private static IReadOnlyList<string> ComparisonRow(string metric, string label, TargetCell? cell, bool first) => cell is null
        ? [label, "—", "", "", "", "", "", "", ""]
        : [
            label, ReportText.Percent(cell.Met.Probability), $"{ReportText.Percent(cell.Met.Low)}–{ReportText.Percent(cell.Met.High)}",
            first ? "" : ReportText.PercentPoints(cell.ProbabilityDifference), ReportText.MetricAmount(metric, cell.P50),
            $"{ReportText.MetricAmount(metric, cell.P10)}–{ReportText.MetricAmount(metric, cell.P90)}", first ? "" : ReportText.SignedMetric(metric, cell.P50Difference),
            cell.TimeToTarget is { } t ? TimingText.Short(t) : "", cell.TimeToTarget is { } n ? TimingText.ShortShare(n) : "",
        ];

    private static IEnumerable<(string Metric, string Name)> MainMetrics(Scenarios.Definitions.ScenarioDefinition definition) =>
        definition.Industries.Select(i => (MetricNames.IndustryOutput(i.Id), i.Name)).Prepend((MetricNames.TotalOutput, "total output"));
}
