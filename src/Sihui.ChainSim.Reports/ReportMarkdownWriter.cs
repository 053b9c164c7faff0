using System.Text;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Reports;

/// <summary>Writes report.md: the run's findings for people, with a short guide to reading them.</summary>
public static class ReportMarkdownWriter
{
    public static byte[] Write(RunReport report)
    {
        var scenario = report.Outcome.Scenario;
        var w = report.Words;
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownTable.Escape(scenario.Definition.Name)).Append("\n\n");
        if (scenario.Definition.Description.Length > 0)
        {
            md.Append(MarkdownTable.Escape(scenario.Definition.Description)).Append("\n\n");
        }
        md.Append("| | |\n|---|---|\n");
        md.Append("| ").Append(w.ScenarioFile).Append(" | `").Append(report.ScenarioFile).Append("` |\n");
        md.Append("| ").Append(w.Variant).Append(" | ").Append(MarkdownTable.Escape(report.VariantLabel)).Append(" |\n");
        md.Append("| ").Append(w.Seed).Append(" | ").Append(scenario.Seed.ToString(ReportText.Invariant)).Append(" |\n");
        md.Append("| ").Append(w.Trials).Append(" | ").Append(scenario.Trials.ToString("N0", ReportText.Invariant)).Append(" |\n");
        md.Append("| ").Append(w.Years).Append(" | ").Append(scenario.BaseYear + 1).Append('–').Append(scenario.EndYear)
            .Append(" (").Append(w.BaseYearNote(scenario.BaseYear)).Append(") |\n");
        md.Append("| ").Append(w.Engine).Append(" | ").Append(report.EngineName).Append(" |\n\n");
        md.Append(w.MoneyNote).Append("\n\n");

        AppendWarnings(md, report);
        AppendOverrides(md, report);
        AppendTargets(md, report);
        AppendTiming(md, report);
        AppendYears(md, YearlyTotals.Of(report), w);
        AppendGuide(md, w);
        return OutputFiles.Utf8.GetBytes(md.ToString());
    }

    /// <summary>The loader's warnings, so a report never hides that its inputs looked implausible.</summary>
    private static void AppendWarnings(StringBuilder md, RunReport report)
    {
        var warnings = report.Warnings;
        if (warnings.Count == 0)
        {
            return;
        }
        md.Append("## ").Append(report.Words.Warnings).Append("\n\n").Append(report.Words.WarningsIntro).Append("\n\n");
        foreach (var w in warnings)
        {
            md.Append("- `").Append(w.File).Append(':').Append(w.Line).Append('`');
            md.Append(w.Path.Length > 0 ? $" `{w.Path}`" : "").Append(": ").Append(MarkdownTable.Escape(w.Message)).Append('\n');
        }
        md.Append('\n');
    }

    private static void AppendTargets(StringBuilder md, RunReport report)
    {
        var w = report.Words;
        md.Append("## ").Append(w.Targets).Append("\n\n");
        var rows = report.Targets;
        if (rows.Count == 0)
        {
            md.Append(w.NoTargets).Append("\n\n");
            return;
        }
        // A nowcast shows the same trials unweighted (before) beside the conditioned chance (after).
        var conditioning = report.Outcome.Result.Conditioning;
        var before = conditioning?.TargetsBefore.ToDictionary(t => t.TargetId, t => t.Met, StringComparer.Ordinal);
        var pMet = $"{w.PMet} ({w.Interval95})";
        md.Append($"| {w.Target} | {w.Metric} | {w.Year} | {w.Threshold} | ")
            .Append(before is null ? $"{pMet} |" : $"{w.Before}: {pMet} | {w.After}: {pMet} |")
            .Append($" P10 | P50 | P90 | {w.Verdict} |\n")
            .Append(before is null ? "|---|---|---:|---:|---:|---:|---:|---:|---|\n" : "|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (var row in rows)
        {
            var v = row.Result.Value;
            md.Append("| ").Append(MarkdownTable.Escape(row.Target.Label(report.Language))).Append(" | `").Append(row.Target.Metric).Append("` | ")
                .Append(row.Target.Year).Append(" | ").Append(row.Threshold).Append(" | ");
            if (before is not null)
            {
                md.Append(Verdicts.ProbabilityText(before[row.Target.Id])).Append(" | ");
            }
            md.Append(row.ProbabilityText)
                .Append(" | ").Append(row.Format(v.P10)).Append(" | ").Append(row.Format(v.P50))
                .Append(" | ").Append(row.Format(v.P90)).Append(" | **").Append(row.VerdictText).Append("** |\n");
        }
        md.Append("\n**").Append(w.AllTargets).Append(":** ").Append(Verdicts.ProbabilityText(report.Outcome.Result.AllTargets))
            .Append(" (").Append(report.CoverageLabel).Append(")\n\n");
        if (conditioning is not null)
        {
            AppendConditioning(md, conditioning, w);
        }
        AppendDropped(md, report);
    }

    /// <summary>What a nowcast was conditioned on, with the effective sample size and the trials drawn.</summary>
    private static void AppendConditioning(StringBuilder md, Model.Results.Conditioning conditioning, ReportWords w)
    {
        md.Append(w.BeforeObservations).Append(w.Colon).Append(Verdicts.ProbabilityText(conditioning.AllTargetsBefore)).Append(w.SentenceEnd).Append("\n\n");
        md.Append(w.ConditionedOn(conditioning.Rows.Count, conditioning.Ess.ToString("N0", ReportText.Invariant),
            conditioning.TrialsDrawn.ToString("N0", ReportText.Invariant))).Append("\n\n");
        foreach (var row in conditioning.Rows)
        {
            md.Append("- ").Append(MarkdownTable.Escape(ObservedRowText.In(row, w))).Append('\n');
        }
        md.Append('\n');
    }

    private static void AppendOverrides(StringBuilder md, RunReport report)
    {
        var w = report.Words;
        md.Append("## ").Append(w.ChangedFromFile).Append("\n\n");
        if (report.Overrides.Count == 0)
        {
            md.Append(w.FileAsWritten).Append("\n\n");
            return;
        }
        md.Append($"| {w.Path} | {w.Value} | {w.Source} |\n|---|---|---|\n");
        foreach (var item in report.Overrides)
        {
            md.Append("| `").Append(item.Path).Append("` | `").Append(MarkdownTable.Escape(item.Value)).Append("` | ")
                .Append(MarkdownTable.Escape(item.Source)).Append(" |\n");
        }
        md.Append('\n');
    }

    private static void AppendDropped(StringBuilder md, RunReport report)
    {
        foreach (var target in report.DroppedTargets)
        {
            md.Append("- ").Append(report.Words.NotJudged(MarkdownTable.Escape(target.Label(report.Language)), target.Id, target.Year,
                report.Outcome.Scenario.EndYear)).Append('\n');
        }
        if (report.DroppedTargets.Count > 0)
        {
            md.Append('\n');
        }
    }

    private static void AppendTiming(StringBuilder md, RunReport report)
    {
        var timings = report.Outcome.Result.TimeToTarget;
        if (timings.Count == 0)
        {
            return;
        }
        var w = report.Words;
        var names = report.Definition.Targets.ToDictionary(t => t.Id, t => t.Label(report.Language), StringComparer.Ordinal);
        md.Append($"## {w.TimeToTarget}\n\n| {w.Target} | {w.When} | {w.Share} |\n|---|---|---|\n");
        foreach (var timing in timings)
        {
            md.Append("| ").Append(MarkdownTable.Escape(names[timing.TargetId])).Append(" | ").Append(TimingText.When(timing, w))
                .Append(" | ").Append(TimingText.Share(timing, report.Outcome.Scenario.EndYear, w)).Append(" |\n");
        }
        md.Append('\n');
    }

    private static void AppendYears(StringBuilder md, YearlyTotals totals, ReportWords w)
    {
        md.Append($"## {w.TotalOutputByYear}\n\n| {w.Year} | {w.Mean} | P10 | P50 | P90 |\n|---:|---:|---:|---:|---:|\n");
        foreach (var row in totals.Rows)
        {
            md.Append("| ").Append(row.Year).Append(" | ").Append(ReportText.Number(row.Total.Mean)).Append(" | ")
                .Append(ReportText.Number(row.Total.P10)).Append(" | ").Append(ReportText.Number(row.Total.P50)).Append(" | ")
                .Append(ReportText.Number(row.Total.P90)).Append(" |\n");
        }
        if (totals.Industries.Count == 0)
        {
            md.Append('\n');
            return;
        }
        md.Append($"\n## {w.OutputByIndustryP50}\n\n| {w.Industry} |");
        foreach (var row in totals.Rows)
        {
            md.Append(' ').Append(row.Year).Append(" |");
        }
        md.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---:|", totals.Rows.Count))).Append('\n');
        for (var i = 0; i < totals.Industries.Count; i++)
        {
            md.Append("| ").Append(MarkdownTable.Escape(totals.Industries[i].Label(w.Language))).Append(" |");
            foreach (var row in totals.Rows)
            {
                md.Append(' ').Append(ReportText.Number(row.IndustryP50[i])).Append(" |");
            }
            md.Append('\n');
        }
        md.Append('\n');
        AppendRates(md, totals, w);
    }

    // Rates as percentages; comparable_growth is the same-basis (同口径) rate.
    private static void AppendRates(StringBuilder md, YearlyTotals totals, ReportWords w)
    {
        if (totals.Rates.Count == 0)
        {
            return;
        }
        md.Append($"## {w.GrowthRatesP50}\n\n| {w.Rate} |");
        foreach (var row in totals.Rows)
        {
            md.Append(' ').Append(row.Year).Append(" |");
        }
        md.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---:|", totals.Rows.Count))).Append('\n');
        foreach (var rate in totals.Rates)
        {
            md.Append("| `").Append(rate.Metric).Append("` |");
            foreach (var p50 in rate.P50)
            {
                md.Append(' ').Append(ReportText.Rate(p50)).Append(" |");
            }
            md.Append('\n');
        }
        md.Append('\n');
    }

    private static void AppendGuide(StringBuilder md, ReportWords w) =>
        md.Append("## ").Append(w.HowToRead).Append("\n\n").Append(w.Guide).Append("\n");
}
