using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Scenarios.Definitions;
using Spectre.Console;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Prints a run's targets, the all-targets chance and the yearly totals as tables.</summary>
public static class ConsoleReport
{
    public static void Write(CliConsole console, RunReport report, string outDirectory)
    {
        var ansi = SpectreConsoles.For(console);
        var scenario = report.Outcome.Scenario;
        var w = report.Words;
        ansi.MarkupLine($"[bold]{Markup.Escape(scenario.Definition.Name)}[/]  " + Markup.Escape(
            w.ConsoleRunLine(report.VariantLabel, scenario.Seed.ToString(ReportText.Invariant), scenario.Trials.ToString("N0", ReportText.Invariant),
                $"{scenario.BaseYear + 1}–{scenario.EndYear}", report.EngineName)));
        ansi.WriteLine(w.MoneyNote);
        ansi.WriteLine();
        // The variant is named above and its values are in the files; here only what the command line changed.
        foreach (var item in report.Overrides.Where(o => !o.Source.StartsWith(RunOverride.VariantPrefix, StringComparison.Ordinal)))
        {
            ansi.WriteLine($"  changed: {item}");
        }
        WriteTargets(ansi, report);
        WriteYears(ansi, YearlyTotals.Of(report), w);
        ansi.WriteLine(w.WroteFiles(outDirectory));
    }

    private static void WriteTargets(IAnsiConsole ansi, RunReport report)
    {
        var rows = report.Targets;
        var w = report.Words;
        if (rows.Count == 0)
        {
            ansi.WriteLine(w.NoTargets);
            ansi.WriteLine();
            return;
        }
        // A nowcast shows the same trials unweighted beside the conditioned chance.
        var conditioning = report.Outcome.Result.Conditioning;
        var before = conditioning?.TargetsBefore.ToDictionary(t => t.TargetId, t => t.Met, StringComparer.Ordinal);
        var table = new Table().Title(w.Targets).Border(TableBorder.Rounded);
        table.AddColumn(w.Target);
        table.AddColumn(w.Metric);
        table.AddColumn(new TableColumn(w.Year).RightAligned());
        table.AddColumn(new TableColumn(w.Threshold).RightAligned());
        if (before is not null)
        {
            table.AddColumn(new TableColumn($"{w.Before}: {w.PMet}").RightAligned());
        }
        var pMet = w.Language == Scenarios.Definitions.ScenarioLanguage.En ? "P(met) (95% CI)" : $"{w.PMet}（{w.Interval95}）";
        table.AddColumn(new TableColumn(before is null ? pMet : $"{w.After}: {pMet}").RightAligned());
        table.AddColumn(new TableColumn("P10").RightAligned());
        table.AddColumn(new TableColumn("P50").RightAligned());
        table.AddColumn(new TableColumn("P90").RightAligned());
        table.AddColumn(w.Verdict);
        foreach (var row in rows)
        {
            var v = row.Result.Value;
            List<string> cells = [Markup.Escape(row.Target.Label(w.Language)), Markup.Escape(row.Target.Metric), row.Target.Year.ToString(ReportText.Invariant),
                Markup.Escape(row.Threshold)];
            if (before is not null)
            {
                cells.Add(Markup.Escape(Verdicts.ProbabilityText(before[row.Target.Id])));
            }
            cells.AddRange([Markup.Escape(row.ProbabilityText), row.Format(v.P10), row.Format(v.P50), row.Format(v.P90),
                $"[{Verdicts.Colour(row.Verdict)}]{Markup.Escape(row.VerdictText)}[/]"]);
            table.AddRow([.. cells]);
        }
        ansi.Write(table);
        var all = report.Outcome.Result.AllTargets;
        var verdict = Verdicts.Of(all.Probability);
        ansi.MarkupLine($"{Markup.Escape(w.AllTargets)}{Markup.Escape(w.Colon)}[bold]{Markup.Escape(Verdicts.ProbabilityText(all))}[/] [{Verdicts.Colour(verdict)}]{Markup.Escape(w.VerdictOf(all.Probability))}[/] "
            + Markup.Escape($"({report.CoverageLabel})"));
        if (conditioning is not null)
        {
            ansi.WriteLine($"  {w.BeforeObservations}{w.Colon}{Verdicts.ProbabilityText(conditioning.AllTargetsBefore)}");
            ansi.WriteLine(w.ConditionedLine(conditioning.Rows.Count, conditioning.Ess.ToString("N0", ReportText.Invariant),
                conditioning.TrialsDrawn.ToString("N0", ReportText.Invariant)));
            foreach (var observed in conditioning.Rows)
            {
                ansi.WriteLine($"  {ObservedRowText.In(observed, w)}");
            }
        }
        ansi.WriteLine();
    }

    private static void WriteYears(IAnsiConsole ansi, YearlyTotals totals, ReportWords w)
    {
        var table = new Table().Title(w.ProjectedTotalOutputByYear).Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(w.Year).RightAligned());
        foreach (var heading in new[] { w.Mean, "P10", "P50", "P90" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }
        foreach (var row in totals.Rows)
        {
            table.AddRow(
                row.Year.ToString(ReportText.Invariant), ReportText.Number(row.Total.Mean), ReportText.Number(row.Total.P10),
                ReportText.Number(row.Total.P50), ReportText.Number(row.Total.P90));
        }
        ansi.Write(table);
        ansi.WriteLine();
        if (totals.Industries.Count == 0)
        {
            return;
        }

        // Industries as rows and years as columns: there are usually more industries than years.
        var industries = new Table().Title(w.OutputByIndustryP50).Border(TableBorder.Rounded);
        industries.AddColumn(w.Industry);
        foreach (var row in totals.Rows)
        {
            industries.AddColumn(new TableColumn(row.Year.ToString(ReportText.Invariant)).RightAligned());
        }
        for (var i = 0; i < totals.Industries.Count; i++)
        {
            var cells = new List<string> { Markup.Escape(totals.Industries[i].Label(w.Language)) };
            cells.AddRange(totals.Rows.Select(row => ReportText.Number(row.IndustryP50[i])));
            industries.AddRow(cells.ToArray());
        }
        ansi.Write(industries);
        ansi.WriteLine();
        WriteRates(ansi, totals, w);
    }

    // Growth rates as percentages, years as columns like the industries.
    private static void WriteRates(IAnsiConsole ansi, YearlyTotals totals, ReportWords w)
    {
        if (totals.Rates.Count == 0)
        {
            return;
        }
        var rates = new Table().Title(w.GrowthRatesP50).Border(TableBorder.Rounded);
        rates.AddColumn(w.Rate);
        foreach (var row in totals.Rows)
        {
            rates.AddColumn(new TableColumn(row.Year.ToString(ReportText.Invariant)).RightAligned());
        }
        foreach (var rate in totals.Rates)
        {
            rates.AddRow([Markup.Escape(rate.Metric), .. rate.P50.Select(ReportText.Rate)]);
        }
        ansi.Write(rates);
        ansi.WriteLine();
    }
}
