using System.Text;

namespace Sihui.ChainSim.Reports;

/// <summary>Writes report.md: the run's findings for people, with a short guide to reading them.</summary>
public static class ReportMarkdownWriter
{
    public static byte[] Write(RunReport report)
    {
        var scenario = report.Outcome.Scenario;
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownTable.Escape(scenario.Definition.Name)).Append("\n\n");
        if (scenario.Definition.Description.Length > 0)
        {
            md.Append(MarkdownTable.Escape(scenario.Definition.Description)).Append("\n\n");
        }
        md.Append("| | |\n|---|---|\n");
        md.Append("| Scenario file | `").Append(report.ScenarioFile).Append("` |\n");
        md.Append("| Variant | ").Append(MarkdownTable.Escape(report.VariantText)).Append(" |\n");
        md.Append("| Seed | ").Append(scenario.Seed.ToString(ReportText.Invariant)).Append(" |\n");
        md.Append("| Trials | ").Append(scenario.Trials.ToString("N0", ReportText.Invariant)).Append(" |\n");
        md.Append("| Years | ").Append(scenario.BaseYear + 1).Append('–').Append(scenario.EndYear)
            .Append(" (base year ").Append(scenario.BaseYear).Append(") |\n");
        md.Append("| Engine | ").Append(report.EngineName).Append(" |\n\n");
        md.Append("Money is in 亿元 (100 million yuan).\n\n");

        AppendWarnings(md, report);
        AppendOverrides(md, report);
        AppendTargets(md, report);
        AppendTiming(md, report);
        AppendYears(md, YearlyTotals.Of(report));
        AppendGuide(md);
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
        md.Append("## Warnings\n\nThe run went ahead, but these values look implausible:\n\n");
        foreach (var w in warnings)
        {
            md.Append("- `").Append(w.File).Append(':').Append(w.Line).Append('`');
            md.Append(w.Path.Length > 0 ? $" `{w.Path}`" : "").Append(": ").Append(MarkdownTable.Escape(w.Message)).Append('\n');
        }
        md.Append('\n');
    }

    private static void AppendTargets(StringBuilder md, RunReport report)
    {
        md.Append("## Targets\n\n");
        var rows = report.Targets;
        if (rows.Count == 0)
        {
            md.Append("The scenario has no targets within the simulated years.\n\n");
            return;
        }
        // A nowcast shows the same trials unweighted (before) beside the conditioned chance (after).
        var conditioning = report.Outcome.Result.Conditioning;
        var before = conditioning?.TargetsBefore.ToDictionary(t => t.TargetId, t => t.Met, StringComparer.Ordinal);
        md.Append(before is null
            ? "| Target | Metric | Year | Threshold | P(met) (95% interval) | P10 | P50 | P90 | Verdict |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n"
            : "| Target | Metric | Year | Threshold | Before: P(met) (95% interval) | After: P(met) (95% interval) | P10 | P50 | P90 | Verdict |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (var row in rows)
        {
            var v = row.Result.Value;
            md.Append("| ").Append(MarkdownTable.Escape(row.Target.Name)).Append(" | `").Append(row.Target.Metric).Append("` | ")
                .Append(row.Target.Year).Append(" | ").Append(row.Threshold).Append(" | ");
            if (before is not null)
            {
                md.Append(Verdicts.ProbabilityText(before[row.Target.Id])).Append(" | ");
            }
            md.Append(row.ProbabilityText)
                .Append(" | ").Append(row.Format(v.P10)).Append(" | ").Append(row.Format(v.P50))
                .Append(" | ").Append(row.Format(v.P90)).Append(" | **").Append(row.Verdict).Append("** |\n");
        }
        md.Append("\n**All targets at once:** ").Append(Verdicts.ProbabilityText(report.Outcome.Result.AllTargets))
            .Append(" (").Append(report.CoverageText).Append(")\n\n");
        if (conditioning is not null)
        {
            AppendConditioning(md, conditioning);
        }
        AppendDropped(md, report);
    }

    /// <summary>What a nowcast was conditioned on, with the effective sample size and the trials drawn.</summary>
    private static void AppendConditioning(StringBuilder md, Model.Results.Conditioning conditioning)
    {
        md.Append("Before the observations, all targets at once: ").Append(Verdicts.ProbabilityText(conditioning.AllTargetsBefore)).Append(".\n\n");
        md.Append("**Conditioned on ").Append(conditioning.Rows.Count).Append(" observation(s)**, with an effective sample size of ")
            .Append(conditioning.Ess.ToString("N0", ReportText.Invariant)).Append(" of ")
            .Append(conditioning.TrialsDrawn.ToString("N0", ReportText.Invariant))
            .Append(" trials drawn. *Before* is the same trials unweighted; *after* (and P10–P90) weighs each trial by how well it explains the observations (docs/nowcast.md):\n\n");
        foreach (var row in conditioning.Rows)
        {
            md.Append("- ").Append(MarkdownTable.Escape(row)).Append('\n');
        }
        md.Append('\n');
    }

    private static void AppendOverrides(StringBuilder md, RunReport report)
    {
        md.Append("## Changed from the file\n\n");
        if (report.Overrides.Count == 0)
        {
            md.Append("Nothing: the scenario file as written.\n\n");
            return;
        }
        md.Append("| Path | Value | Source |\n|---|---|---|\n");
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
            md.Append("- Not judged: ").Append(MarkdownTable.Escape(target.Name)).Append(" (`").Append(target.Id).Append("`, ")
                .Append(target.Year).Append(") lies after the last simulated year ").Append(report.Outcome.Scenario.EndYear).Append(".\n");
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
        var names = report.Definition.Targets.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        md.Append("## Time to target\n\n| Target | When | Share |\n|---|---|---|\n");
        foreach (var timing in timings)
        {
            md.Append("| ").Append(MarkdownTable.Escape(names[timing.TargetId])).Append(" | ").Append(TimingText.When(timing))
                .Append(" | ").Append(TimingText.Share(timing, report.Outcome.Scenario.EndYear)).Append(" |\n");
        }
        md.Append('\n');
    }

    private static void AppendYears(StringBuilder md, YearlyTotals totals)
    {
        md.Append("## Total output by year\n\n| Year | Mean | P10 | P50 | P90 |\n|---:|---:|---:|---:|---:|\n");
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
        md.Append("\n## Output by industry, median (P50)\n\n| Industry |");
        foreach (var row in totals.Rows)
        {
            md.Append(' ').Append(row.Year).Append(" |");
        }
        md.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---:|", totals.Rows.Count))).Append('\n');
        for (var i = 0; i < totals.Industries.Count; i++)
        {
            md.Append("| ").Append(MarkdownTable.Escape(totals.Industries[i].Name)).Append(" |");
            foreach (var row in totals.Rows)
            {
                md.Append(' ').Append(ReportText.Number(row.IndustryP50[i])).Append(" |");
            }
            md.Append('\n');
        }
        md.Append('\n');
        AppendRates(md, totals);
    }

    // Rates as percentages; comparable_growth is the same-basis (同口径) rate.
    private static void AppendRates(StringBuilder md, YearlyTotals totals)
    {
        if (totals.Rates.Count == 0)
        {
            return;
        }
        md.Append("## Growth rates, median (P50)\n\n| Rate |");
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

    private static void AppendGuide(StringBuilder md) => md.Append("""
        ## How to read this

        - Each trial is one possible future, drawn from the scenario's assumptions. **P(met)** is the share of trials
          in which the target holds; the interval says how precise that share is with this many trials (more trials, narrower).
        - **P10 / P50 / P90**: in 10% of trials the metric ends below P10, in half below P50 (the median), in 90% below P90.
        - **Growth rates** are per trial, `x[t] / x[t−1] − 1` (the first year against the base year); `comparable_growth` is
          the same-basis (同口径) rate, which leaves out projects in their first producing year. See docs/model.md.
        - **Verdict**: *likely* when P(met) ≥ 80%, *unlikely* when P(met) ≤ 20%, otherwise *uncertain*.
        - **All targets at once** is the share of trials meeting every target together; it is usually lower than any single one.
        - **Time to target**: for a target to reach, the years by which 10%, 50% and 90% of trials first meet it; for a cap
          (≤), the first year any trial breaches it, and the share of trials keeping under it in every year to the target year.
        - The results are only as good as the assumptions in the scenario file; change them with `--variant` or `--set`.

        """);

}
