using Sihui.ChainSim.Analysis.Charts;
using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Contracts;
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

    /// <summary>How the fan chart of total output is titled (English; see <see cref="ReportWords.TotalOutputChart"/>).</summary>
    public const string TotalOutputName = "Total output 总产值";

    /// <summary>
    /// A run's charts, in the report's order: total output's fan chart, the stacked industry chart, then a fan chart per
    /// target metric. Nothing is drawn until a chart's image is read. Labels follow <paramref name="language"/>
    /// (the scenario's language when null).
    /// </summary>
    public static IReadOnlyList<ChartImage> RunCharts(SimulationResult result, ScenarioDefinition definition, ScenarioLanguage? language = null)
    {
        var words = ReportWords.For(language ?? definition.Language);
        return
        [
            FanChart.Of(result, definition, MetricNames.TotalOutput, words.TotalOutputChart, words),
            StackedOutputChart.Of(result, definition, words: words),
            .. definition.Targets.Select(t => t.Metric).Distinct()
                .Where(m => m != MetricNames.TotalOutput && result.Years.Any(y => y.Metrics.Any(s => s.Metric == m && double.IsFinite(s.Summary.P50))))
                .Take(MaxTargetFanCharts)
                .Select(metric => FanChart.Of(result, definition, metric, words: words)),
        ];
    }

    /// <summary>The run's report in the scenario's language (or <paramref name="language"/>); <paramref name="charts"/> (from <see cref="RunCharts"/>) lets a caller that also saves them draw each once.</summary>
    public static string ForRun(SimulationResult result, CompiledScenario scenario, IReadOnlyList<RunOverride>? overrides = null,
        IReadOnlyList<ChartImage>? charts = null, ScenarioLanguage? language = null) =>
        ForRun(new RunReport(new RunOutcome(scenario, result, EngineKind.Direct), "", "", "")
        {
            Overrides = overrides ?? [],
            Language = language ?? scenario.Definition.Language,
        }, charts);

    /// <summary>The run's report: the same tables as report.md, with the charts and the verdict thresholds, in the report's language.</summary>
    public static string ForRun(RunReport report, IReadOnlyList<ChartImage>? charts = null)
    {
        var (result, scenario, overrides, w) = (report.Outcome.Result, report.Outcome.Scenario, report.Overrides, report.Words);
        var definition = scenario.Definition;
        var language = report.Language;
        var html = new HtmlBuilder($"{definition.Name} — {w.SimulationReport}", w.HtmlLang);
        html.Paragraph(RunLine(report), "meta");
        if (definition.Description.Length > 0)
        {
            html.Paragraph(definition.Description);
        }
        var warnings = report.Warnings;
        if (warnings.Count > 0)
        {
            html.Heading(w.Warnings).Paragraph(w.WarningsIntro);
            html.Table([w.Path, w.Source], warnings.Select(x => (IReadOnlyList<string>)[$"{x.File}:{x.Line} {x.Path}".TrimEnd(), x.Message]), textColumns: 2);
        }
        html.Heading(w.ChangedFromFile);
        if (overrides.Count == 0)
        {
            html.Paragraph(w.FileAsWritten);
        }
        else
        {
            html.Table([w.Path, w.Value, w.Source], overrides.Select(o => (IReadOnlyList<string>)[o.Path, o.Value, o.Source]), textColumns: 3);
        }
        html.Heading(w.Targets);
        // A nowcast shows the same trials unweighted (before) beside the conditioned chance (after).
        var conditioning = result.Conditioning;
        IReadOnlyList<string> headers = conditioning is null
            ? [w.Target, w.Metric, w.Year, w.Threshold, w.PMet, w.Interval95, "P10", "P50", "P90", w.Verdict, w.TimeToTarget, w.Share]
            : [w.Target, w.Metric, w.Year, w.Threshold, w.Before, $"{w.Before} {w.Interval95}", w.After, $"{w.After} {w.Interval95}", "P10", "P50", "P90", w.Verdict, w.TimeToTarget, w.Share];
        if (report.Targets.Count == 0)
        {
            html.Paragraph(w.NoTargets);
        }
        else
        {
            html.Table(headers, report.Targets.Select(t => TargetRow(result, scenario.EndYear, t, language)), textColumns: 2);
        }
        html.Paragraph(w.VerdictRuleText, "meta");
        if (result.Targets.Count > 0)
        {
            html.Paragraph($"{w.AllTargets}{w.Colon}{ReportText.Percent(result.AllTargets.Probability)} " +
                $"({ReportText.Percent(result.AllTargets.Low)}–{ReportText.Percent(result.AllTargets.High)}), {w.VerdictOf(result.AllTargets.Probability)}; " +
                $"{report.CoverageLabel}{w.SentenceEnd}" +
                (conditioning is null ? "" : $" {w.BeforeObservations}{w.Colon}{ReportText.Percent(conditioning.AllTargetsBefore.Probability)}{w.SentenceEnd}"));
        }
        if (conditioning is not null)
        {
            html.Paragraph(w.ConditionedOn(conditioning.Rows.Count, conditioning.Ess.ToString("N0", ReportText.Invariant), ReportText.Integer(conditioning.TrialsDrawn))
                .Replace("**", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal) + " " + ObservedRowText.Join(conditioning.Rows, w), "meta");
        }
        foreach (var target in report.DroppedTargets)
        {
            html.Paragraph(w.NotJudged(target.Label(language), target.Id, target.Year, scenario.EndYear).Replace("`", "", StringComparison.Ordinal));
        }
        html.Heading(w.Charts);
        foreach (var chart in charts ?? RunCharts(result, definition, language))
        {
            html.Chart(chart);
        }
        AppendYears(html, YearlyTotals.Of(report), w);
        html.Heading(w.MainMetricsByYear);
        html.Table([w.Metric, w.Year, w.Mean, "P10", "P50", "P90"], MainMetrics(definition, w).SelectMany(m => result.Years.Select(y =>
        {
            var s = y.Metrics.First(n => n.Metric == m.Metric).Summary;
            return (IReadOnlyList<string>)[m.Name, ReportText.Integer(y.Year), ReportText.Amount(s.Mean), ReportText.Amount(s.P10), ReportText.Amount(s.P50), ReportText.Amount(s.P90)];
        })), textColumns: 1);
        html.Heading(w.HowToRead);
        html.List(w.Guide.Split('\n').Aggregate(new List<string>(), (items, line) =>
        {
            if (line.StartsWith("- ", StringComparison.Ordinal)) { items.Add(line[2..]); }
            else if (items.Count > 0) { items[^1] += " " + line.Trim(); }
            return items;
        }).Select(item => item.Replace("**", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal)));
        return html.ToString();
    }

    /// <summary>The yearly tables of report.md: total output, each industry's median, the growth rates.</summary>
    private static void AppendYears(HtmlBuilder html, YearlyTotals totals, ReportWords w)
    {
        html.Heading(w.TotalOutputByYear);
        html.Table([w.Year, w.Mean, "P10", "P50", "P90"], totals.Rows.Select(r => (IReadOnlyList<string>)[ReportText.Integer(r.Year),
            ReportText.Number(r.Total.Mean), ReportText.Number(r.Total.P10), ReportText.Number(r.Total.P50), ReportText.Number(r.Total.P90)]), textColumns: 0);
        if (totals.Industries.Count > 0)
        {
            html.Heading(w.OutputByIndustryP50);
            html.Table([w.Industry, .. totals.Rows.Select(r => ReportText.Integer(r.Year))],
                totals.Industries.Select((industry, i) => (IReadOnlyList<string>)[industry.Label(w.Language), .. totals.Rows.Select(r => ReportText.Number(r.IndustryP50[i]))]));
        }
        if (totals.Rates.Count > 0)
        {
            html.Heading(w.GrowthRatesP50);
            html.Table([w.Rate, .. totals.Rows.Select(r => ReportText.Integer(r.Year))],
                totals.Rates.Select(rate => (IReadOnlyList<string>)[rate.Metric, .. rate.P50.Select(ReportText.Rate)]));
        }
    }

    /// <summary>A comparison's report in <paramref name="language"/>: else the first column's scenario language, else Chinese.</summary>
    public static string ForComparison(ComparisonResult comparison, ScenarioLanguage? language = null)
    {
        var columns = comparison.Columns;
        var w = ReportWords.For(language ?? comparison.Outcomes.FirstOrDefault()?.Scenario.Definition.Language ?? ScenarioLanguage.Zh);
        var words = AnalysisWords.For(w.Language);
        comparison = AnalysisLabels.In(comparison, words);
        var html = new HtmlBuilder(w.ScenarioComparison, w.HtmlLang);
        html.Paragraph(w.ComparisonLine(comparison.Trials, comparison.Seed, columns[0].Label), "meta");
        if (comparison.Conditioning is { } conditioning)
        {
            html.Paragraph(AnalysisText.Conditioned(conditioning, comparison.Trials, words), "meta");
            html.Table([w.Column, w.Scenario, w.Variant, w.Overrides, "ESS"],
                columns.Select(c => (IReadOnlyList<string>)[c.Label, c.Scenario, c.Variant ?? "", string.Join("; ", c.Overrides), AnalysisText.Ess(c.Ess)]),
                textColumns: 4);
        }
        else
        {
            html.Table([w.Column, w.Scenario, w.Variant, w.Overrides],
                columns.Select(c => (IReadOnlyList<string>)[c.Label, c.Scenario, c.Variant ?? "", string.Join("; ", c.Overrides)]),
                textColumns: 4);
        }
        html.Chart(ComparisonChart.Of(comparison, words));
        html.Heading(w.Targets);
        html.Paragraph(w.VerdictRuleText, "meta");
        foreach (var target in comparison.Targets)
        {
            var sign = target.Comparison == "at_least" ? "≥" : "≤";
            html.Heading(w.TargetHeading(TargetLabel(comparison, target.TargetId, target.Name, w), target.Metric, target.Year, sign, ReportText.MetricAmount(target.Metric, target.Threshold)), 3);
            html.Table([w.Column, w.Probability, w.Interval95, w.DeltaProbability, "P50", "P10–P90", "Δ P50", w.Verdict, w.TimeToTarget, w.Share],
                columns.Select((c, i) => ComparisonRow(target.Metric, c.Label, target.Cells[i], i == 0, w)), textColumns: 1);
        }
        html.Heading(w.MainMetricsByYear);
        var headers = new List<string> { w.Metric, w.Year };
        headers.AddRange(columns.SelectMany((c, i) => i == 0 ? new[] { $"{c.Label} {w.MeanWord}", $"{c.Label} P50" } : [$"{c.Label} {w.MeanWord}", words.DeltaMean, $"{c.Label} P50", "Δ P50"]));
        html.Table(headers, comparison.Metrics.Select(m => ComparisonWriter.MetricCells(m, columns.Count)), textColumns: 1);
        if (comparison.Outcomes.Count == columns.Count)
        {
            html.Heading(w.TotalOutputByColumn);
            for (var i = 0; i < columns.Count; i++)
            {
                var outcome = comparison.Outcomes[i];
                html.Chart(FanChart.Of(outcome.Result, outcome.Scenario.Definition, MetricNames.TotalOutput, $"{w.TotalOutputChart} ({columns[i].Label})", w));
            }
        }
        return html.ToString();
    }

    public static string WriteRun(string folder, SimulationResult result, CompiledScenario scenario, IReadOnlyList<RunOverride>? overrides = null,
        ScenarioLanguage? language = null) =>
        Write(Path.Combine(folder, FileName), ForRun(result, scenario, overrides, language: language));

    public static string WriteComparison(string folder, ComparisonResult comparison, ScenarioLanguage? language = null) =>
        Write(Path.Combine(folder, FileName), ForComparison(comparison, language));

    /// <summary>A compared target's label in the report's language, from the first column's scenario where it has the target.</summary>
    private static string TargetLabel(ComparisonResult comparison, string id, string name, ReportWords w) =>
        comparison.Outcomes.FirstOrDefault()?.Scenario.Definition.Targets.FirstOrDefault(t => t.Id == id)?.Label(w.Language) ?? name;

    private static string Write(string path, string html)
    {
        OutputFiles.WriteText(path, html);
        return path;
    }

    private static string RunLine(RunReport report)
    {
        var (scenario, w) = (report.Outcome.Scenario, report.Words);
        return w.RunLine(scenario.BaseYear, scenario.EndYear, ReportText.Integer(scenario.Trials), scenario.Seed)
            + $"; {w.Variant} {report.VariantLabel}{w.SentenceEnd} {w.MoneyNote}";
    }

    private static IReadOnlyList<string> TargetRow(SimulationResult result, int lastYear, TargetRow row, ScenarioLanguage language)
    {
        var (t, target, w) = (row.Target, row.Result, row.Words);
        var timing = result.TimeToTarget.FirstOrDefault(x => x.TargetId == t.Id);
        var v = target.Value;
        var before = result.Conditioning?.TargetsBefore.First(x => x.TargetId == t.Id).Met;
        IReadOnlyList<string> beforeCells = before is null
            ? []
            : [ReportText.Percent(before.Probability), $"{ReportText.Percent(before.Low)}–{ReportText.Percent(before.High)}"];
        return
        [
            t.Label(language), t.Metric, ReportText.Integer(t.Year),
            (t.Comparison == Scenarios.Definitions.Comparison.AtLeast ? "≥ " : "≤ ") + ReportText.MetricAmount(t.Metric, t.Threshold),
            .. beforeCells, ReportText.Percent(target.Met.Probability),
            $"{ReportText.Percent(target.Met.Low)}–{ReportText.Percent(target.Met.High)}",
            ReportText.MetricAmount(t.Metric, v.P10), ReportText.MetricAmount(t.Metric, v.P50), ReportText.MetricAmount(t.Metric, v.P90),
            row.VerdictText,
            timing is null ? "" : TimingText.When(timing, w),
            timing is null ? "" : TimingText.Share(timing, lastYear, w),
        ];
    }

    private static IReadOnlyList<string> ComparisonRow(string metric, string label, TargetCell? cell, bool first, ReportWords w) => cell is null
        ? [label, "—", "", "", "", "", "", "", "", ""]
        : [
            label, ReportText.Percent(cell.Met.Probability), $"{ReportText.Percent(cell.Met.Low)}–{ReportText.Percent(cell.Met.High)}",
            first ? "" : ReportText.PercentPoints(cell.ProbabilityDifference), ReportText.MetricAmount(metric, cell.P50),
            $"{ReportText.MetricAmount(metric, cell.P10)}–{ReportText.MetricAmount(metric, cell.P90)}", first ? "" : ReportText.SignedMetric(metric, cell.P50Difference),
            w.VerdictOf(cell.Met.Probability), cell.TimeToTarget is { } t ? TimingText.Short(t, w) : "", cell.TimeToTarget is { } n ? TimingText.ShortShare(n, w) : "",
        ];

    private static IEnumerable<(string Metric, string Name)> MainMetrics(ScenarioDefinition definition, ReportWords w) =>
        definition.Industries.Select(i => (MetricNames.IndustryOutput(i.Id), i.Label(w.Language))).Prepend((MetricNames.TotalOutput, w.TotalOutput));
}
