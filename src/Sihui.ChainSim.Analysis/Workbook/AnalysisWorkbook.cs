using Sihui.ChainSim.Analysis.Comparison;
using Sihui.ChainSim.Analysis.GoalSeek;
using Sihui.ChainSim.Analysis.Scoring;
using Sihui.ChainSim.Analysis.Sensitivity;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Reports.Workbook;

namespace Sihui.ChainSim.Analysis.Workbook;

/// <summary>
/// results.xlsx for the analysis commands, laid out from their result types: a comparison's columns, targets (each
/// column's chance with its verdict and difference to the first) and main metrics by year; a tornado's bars; a
/// goal-seek's answer and steps; a score's rows and summary. Write with <see cref="ResultsWorkbook.Write(Stream, IReadOnlyList{WorkbookSheet})"/>.
/// </summary>
public static class AnalysisWorkbook
{
    public static IReadOnlyList<WorkbookSheet> Comparison(ComparisonResult comparison, WorkbookLanguage language = WorkbookLanguage.Zh)
    {
        var t = new WorkbookText(language);
        var conditioned = comparison.Conditioning is not null;
        var columns = comparison.Columns.Select(c => (IReadOnlyList<WorkbookCell>)[
            c.Label, c.Scenario, c.File, c.Variant, string.Join("; ", c.Overrides), WorkbookCell.Of(c.Ess, ValueFormat.Number),
        ]).ToList();

        var targets = new List<IReadOnlyList<WorkbookCell>>();
        foreach (var target in comparison.Targets)
        {
            var format = WorkbookText.FormatOf(target.Metric);
            for (var c = 0; c < comparison.Columns.Count; c++)
            {
                if (target.Cells[c] is not { } cell)
                {
                    continue;
                }
                targets.Add([
                    target.TargetId, target.Name, target.Metric, WorkbookCell.Year(target.Year), target.Comparison == "at_least" ? "≥" : "≤",
                    WorkbookCell.Of(target.Threshold, format), comparison.Columns[c].Label,
                    WorkbookCell.Of(cell.Met.Probability, ValueFormat.Percent), WorkbookCell.Of(cell.Met.Low, ValueFormat.Percent),
                    WorkbookCell.Of(cell.Met.High, ValueFormat.Percent), t.Verdict(cell.Met.Probability),
                    WorkbookCell.Of(cell.Mean, format), WorkbookCell.Of(cell.P10, format), WorkbookCell.Of(cell.P50, format), WorkbookCell.Of(cell.P90, format),
                    WorkbookCell.Of(cell.ProbabilityDifference, ValueFormat.Percent), WorkbookCell.Of(cell.P50Difference, format),
                ]);
            }
        }

        var metrics = new List<IReadOnlyList<WorkbookCell>>();
        foreach (var metric in comparison.Metrics)
        {
            var format = WorkbookText.FormatOf(metric.Metric);
            for (var c = 0; c < comparison.Columns.Count; c++)
            {
                if (metric.Cells[c] is not { } cell)
                {
                    continue;
                }
                metrics.Add([
                    metric.Metric, metric.Name, WorkbookCell.Year(metric.Year), comparison.Columns[c].Label,
                    WorkbookCell.Of(cell.Mean, format), WorkbookCell.Of(cell.P50, format),
                    WorkbookCell.Of(cell.MeanDifference, format), WorkbookCell.Of(cell.P50Difference, format),
                ]);
            }
        }
        IReadOnlyList<string> columnHeaders = [t["column"], t["scenario"], t["file"], t["variant"], t["overrides"], .. conditioned ? [t["ess"]] : Array.Empty<string>()];
        return
        [
            About(t, comparison.Trials, comparison.Seed),
            new WorkbookSheet(t["sheet.columns"], columnHeaders, columns),
            new WorkbookSheet(t["sheet.comparison"], [
                t["id"], t["name"], t["metric"], t["year"], t["comparison"], t["threshold"], t["column"],
                t["probability"], t["ci_low"], t["ci_high"], t["verdict"], t["mean"], t["p10"], t["p50"], t["p90"],
                t["probability_difference"], t["p50_difference"],
            ], targets),
            new WorkbookSheet(t["sheet.metrics"], [
                t["metric"], t["name"], t["year"], t["column"], t["mean"], t["p50"], t["mean_difference"], t["p50_difference"],
            ], metrics),
        ];
    }

    public static IReadOnlyList<WorkbookSheet> Sensitivity(SensitivityResult tornado, WorkbookLanguage language = WorkbookLanguage.Zh)
    {
        var t = new WorkbookText(language);
        var format = WorkbookText.FormatOf(tornado.Metric);
        var about = About(t, tornado.Trials, tornado.Seed,
            [t["target"], tornado.TargetId], [t["name"], tornado.TargetName], [t["metric"], tornado.Metric], [t["year"], WorkbookCell.Year(tornado.Year)],
            [t["probability"], WorkbookCell.Of(tornado.BaseProbability, ValueFormat.Percent)], [t["verdict"], t.Verdict(tornado.BaseProbability)],
            [t["p50"], WorkbookCell.Of(tornado.BaseP50, format)], [t["runs"], WorkbookCell.Count(tornado.Runs)]);
        var bars = tornado.Bars.Select(b => (IReadOnlyList<WorkbookCell>)[
            WorkbookCell.Count(b.Rank), b.Path, t.Language == WorkbookLanguage.Zh ? b.LabelZh ?? b.Label : b.Label,
            WorkbookCell.Of(b.Current, ValueFormat.Number), WorkbookCell.Of(b.Low, ValueFormat.Number), WorkbookCell.Of(b.High, ValueFormat.Number),
            WorkbookCell.Of(b.ProbabilityAtLow, ValueFormat.Percent), WorkbookCell.Of(b.ProbabilityAtHigh, ValueFormat.Percent),
            WorkbookCell.Of(b.ProbabilityEffect, ValueFormat.Percent),
            WorkbookCell.Of(b.P50AtLow, format), WorkbookCell.Of(b.P50AtHigh, format), WorkbookCell.Of(b.P50Effect, format),
        ]).ToList();
        return
        [
            about,
            new WorkbookSheet(t["sheet.tornado"], [
                t["rank"], t["param"], t["label"], t["current"], t["low"], t["high"],
                t["probability_at_low"], t["probability_at_high"], t["probability_effect"], t["p50_at_low"], t["p50_at_high"], t["p50_effect"],
            ], bars),
        ];
    }

    public static IReadOnlyList<WorkbookSheet> GoalSeek(GoalSeekResult result, WorkbookLanguage language = WorkbookLanguage.Zh)
    {
        var t = new WorkbookText(language);
        var sheets = new List<WorkbookSheet>
        {
            About(t, result.Trials, result.Seed,
                [t["target"], result.Target], [t["param"], result.Param], [t["wanted"], WorkbookCell.Of(result.WantedProbability, ValueFormat.Percent)],
                [t["min"], WorkbookCell.Of(result.Min, ValueFormat.Number)], [t["max"], WorkbookCell.Of(result.Max, ValueFormat.Number)],
                [t["tolerance"], WorkbookCell.Of(result.Tolerance, ValueFormat.Number)], [t["direction"], result.Direction.ToString().ToLowerInvariant()],
                [t["reached"], result.Reached ? t["yes"] : t["no"]], [t["answer"], WorkbookCell.Of(result.Value, ValueFormat.Number)],
                [t["probability"], WorkbookCell.Of(result.Probability, ValueFormat.Percent)],
                [t["ci_low"], WorkbookCell.Of(result.ProbabilityCi95[0], ValueFormat.Percent)], [t["ci_high"], WorkbookCell.Of(result.ProbabilityCi95[1], ValueFormat.Percent)],
                [t["p50"], WorkbookCell.Of(result.P50, ValueFormat.Number)], [t["runs"], WorkbookCell.Count(result.Runs)], [t["message"], result.Message]),
        };
        if (result.Steps is { } steps)
        {
            sheets.Add(new WorkbookSheet(t["sheet.steps"], [t["value"], t["probability"], t["p50"], t["ess"]], [.. steps.Select(s => (IReadOnlyList<WorkbookCell>)[
                WorkbookCell.Of(s.Value, ValueFormat.Number), WorkbookCell.Of(s.Probability, ValueFormat.Percent),
                WorkbookCell.Of(s.P50, ValueFormat.Number), WorkbookCell.Of(s.Ess, ValueFormat.Number),
            ])]));
        }
        return sheets;
    }

    public static IReadOnlyList<WorkbookSheet> Score(ScoreReport report, WorkbookLanguage language = WorkbookLanguage.Zh)
    {
        var t = new WorkbookText(language);
        var rows = report.Rows.Select(r => (IReadOnlyList<WorkbookCell>)[
            r.Metric, r.Id, WorkbookCell.Year(r.Year), WorkbookCell.Of(r.Actual, WorkbookText.FormatOf(r.Metric)),
            WorkbookCell.Of(r.Pit, ValueFormat.Percent), r.InsideP10P90 ? t["yes"] : t["no"],
            // P50Error is already in percent, so it is shown as a plain number.
            WorkbookCell.Of(r.P50Error, ValueFormat.Number), WorkbookCell.Of(r.Crps, ValueFormat.Number),
        ]).ToList();
        var s = report.Summary;
        IReadOnlyList<IReadOnlyList<WorkbookCell>> summary =
        [
            [t["rows"], WorkbookCell.Count(s.N)],
            [t["coverage"], WorkbookCell.Of(s.CoverageP10P90, ValueFormat.Percent)],
            [t["ci_low"], WorkbookCell.Of(s.CoverageLow, ValueFormat.Percent)],
            [t["ci_high"], WorkbookCell.Of(s.CoverageHigh, ValueFormat.Percent)],
            [t["mean_pit"], WorkbookCell.Of(s.MeanPit, ValueFormat.Number)],
            [t["mean_crps"], WorkbookCell.Of(s.MeanCrps, ValueFormat.Number)],
        ];
        return
        [
            new WorkbookSheet(t["sheet.score"], [t["metric"], t["id"], t["year"], t["actual"], t["pit"], t["inside"], t["p50_error"] + " (%)", t["crps"]], rows),
            new WorkbookSheet(t["sheet.score_summary"], [t["item"], t["value"]], summary),
        ];
    }

    private static WorkbookSheet About(WorkbookText t, int trials, ulong seed, params IReadOnlyList<WorkbookCell>[] more) =>
        new(t["sheet.about"], [t["item"], t["value"]],
            [[t["trials"], WorkbookCell.Count(trials)], [t["seed"], seed.ToString(ReportText.Invariant)], .. more]);
}
