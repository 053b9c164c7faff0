using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Reports.Workbook;

/// <summary>
/// results.xlsx for a run: about (what was run), targets with the verdict, years (every city, industry, park,
/// indicator and land metric by year; enterprises stay in years.csv), industries, parks, and for a nowcast each
/// target's chance before and after the observations. The web offers the same bytes through <see cref="Bytes(RunReport, WorkbookLanguage)"/> or <see cref="WriteAsync"/>.
/// </summary>
public static class ResultsWorkbook
{
    public const string FileName = "results.xlsx";

    /// <summary>The MIME type to serve the file with.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes any sheets as a workbook into <paramref name="destination"/> (a write-only one through a buffer).</summary>
    public static void Write(Stream destination, IReadOnlyList<WorkbookSheet> sheets) => XlsxWriter.Write(destination, sheets);

    /// <summary>
    /// Writes <paramref name="sheets"/> into <paramref name="destination"/> asynchronously, as an HTTP response body needs
    /// (ASP.NET Core refuses synchronous writes there): the package is made in memory, then copied.
    /// </summary>
    public static async Task WriteAsync(Stream destination, IReadOnlyList<WorkbookSheet> sheets, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, sheets);
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Any sheets' workbook as bytes (for <c>Results.File(bytes, ContentType, FileName)</c>).</summary>
    public static byte[] Bytes(IReadOnlyList<WorkbookSheet> sheets)
    {
        using var buffer = new MemoryStream();
        XlsxWriter.Write(buffer, sheets);
        return buffer.ToArray();
    }

    /// <summary>Writes a run's workbook into <paramref name="destination"/>, synchronously (a file, a MemoryStream).</summary>
    public static void Write(Stream destination, RunReport report, WorkbookLanguage language = WorkbookLanguage.Zh) =>
        XlsxWriter.Write(destination, Sheets(report, language));

    /// <summary>The run's workbook as bytes.</summary>
    public static byte[] Bytes(RunReport report, WorkbookLanguage language = WorkbookLanguage.Zh) => Bytes(Sheets(report, language));

    public static IReadOnlyList<WorkbookSheet> Sheets(RunReport report, WorkbookLanguage language = WorkbookLanguage.Zh)
    {
        var t = new WorkbookText(language);
        var sheets = new List<WorkbookSheet> { About(report, t), Targets(report.Targets, report.Outcome.Result.AllTargets, new MetricSubjects(report.Definition), t), Years(report, t) };
        sheets.Add(Industries(report, t));
        sheets.Add(Parks(report, t));
        if (report.Outcome.Result.Conditioning is { } conditioning)
        {
            sheets.Add(Nowcast(report, conditioning, t));
        }
        return sheets;
    }

    private static WorkbookSheet About(RunReport report, WorkbookText t)
    {
        var scenario = report.Outcome.Scenario;
        var rows = new List<IReadOnlyList<WorkbookCell>>
        {
            new WorkbookCell[] { t["scenario"], scenario.Definition.Name },
            new WorkbookCell[] { t["file"], report.ScenarioFile },
            new WorkbookCell[] { t["variant"], report.VariantText },
            new WorkbookCell[] { t["trials"], WorkbookCell.Count(scenario.Trials) },
            new WorkbookCell[] { t["seed"], scenario.Seed.ToString(ReportText.Invariant) },
            new WorkbookCell[] { t["base_year"], WorkbookCell.Year(scenario.BaseYear) },
            new WorkbookCell[] { t["end_year"], WorkbookCell.Year(scenario.EndYear) },
            new WorkbookCell[] { t["engine"], report.EngineName },
            new WorkbookCell[] { t["version"], report.Version },
        };
        rows.AddRange(report.Overrides.Select(o => (IReadOnlyList<WorkbookCell>)[t["overrides"], o.ToString()]));
        if (report.Outcome.Result.Conditioning is { } c)
        {
            rows.Add([t["ess"], WorkbookCell.Of(c.Ess, ValueFormat.Number)]);
            rows.Add([t["trials_drawn"], WorkbookCell.Count(c.TrialsDrawn)]);
            rows.AddRange(c.Rows.Select(r => (IReadOnlyList<WorkbookCell>)[t["observed_rows"], r]));
        }
        return new WorkbookSheet(t["sheet.about"], [t["item"], t["value"]], rows);
    }

    /// <summary>One row per target with its verdict, then the chance that all hold at once.</summary>
    public static WorkbookSheet Targets(IReadOnlyList<TargetRow> targets, ProbabilityEstimate all, MetricSubjects subjects, WorkbookText t)
    {
        var rows = new List<IReadOnlyList<WorkbookCell>>();
        foreach (var row in targets)
        {
            var (target, met, value) = (row.Target, row.Result.Met, row.Result.Value);
            var format = WorkbookText.FormatOf(target.Metric);
            rows.Add([
                target.Id, target.Name, target.Metric, subjects.NameOf(target.Metric), t.Unit(target.Metric), WorkbookCell.Year(target.Year),
                target.Comparison == Scenarios.Definitions.Comparison.AtLeast ? "≥" : "≤", WorkbookCell.Of(target.Threshold, format),
                WorkbookCell.Of(met.Probability, ValueFormat.Percent), WorkbookCell.Of(met.Low, ValueFormat.Percent), WorkbookCell.Of(met.High, ValueFormat.Percent),
                t.Verdict(met.Probability),
                WorkbookCell.Of(value.Mean, format), WorkbookCell.Of(value.P10, format), WorkbookCell.Of(value.P50, format), WorkbookCell.Of(value.P90, format),
            ]);
        }
        rows.Add([
            "", t["all_targets"], "", "", "", WorkbookCell.Empty, "", WorkbookCell.Empty,
            WorkbookCell.Of(all.Probability, ValueFormat.Percent), WorkbookCell.Of(all.Low, ValueFormat.Percent), WorkbookCell.Of(all.High, ValueFormat.Percent),
            t.Verdict(all.Probability),
        ]);
        return new WorkbookSheet(t["sheet.targets"], [
            t["id"], t["name"], t["metric"], t["subject"], t["unit"], t["year"], t["comparison"], t["threshold"],
            t["probability"], t["ci_low"], t["ci_high"], t["verdict"], t["mean"], t["p10"], t["p50"], t["p90"],
        ], rows);
    }

    /// <summary>Each metric's mean and P10–P90 by year, a metric's years together; enterprises are left to years.csv, which may hold thousands.</summary>
    private static WorkbookSheet Years(RunReport report, WorkbookText t)
    {
        var subjects = new MetricSubjects(report.Definition);
        var years = report.Outcome.Result.Years;
        var rows = new List<IReadOnlyList<WorkbookCell>>();
        var metrics = years.Count == 0 ? 0 : years[0].Metrics.Count;
        for (var m = 0; m < metrics; m++)
        {
            var name = years[0].Metrics[m].Metric;
            if (name.StartsWith("enterprise_output:", StringComparison.Ordinal) || (MetricNames.RateBase(name)?.StartsWith("enterprise_output:", StringComparison.Ordinal) ?? false))
            {
                continue;
            }
            var format = WorkbookText.FormatOf(name);
            foreach (var year in years)
            {
                var s = year.Metrics[m].Summary;
                rows.Add([
                    name, subjects.NameOf(name), t.Unit(name), WorkbookCell.Year(year.Year),
                    WorkbookCell.Of(s.Mean, format), WorkbookCell.Of(s.P10, format), WorkbookCell.Of(s.P50, format), WorkbookCell.Of(s.P90, format),
                ]);
            }
        }
        return new WorkbookSheet(t["sheet.years"], [t["metric"], t["subject"], t["unit"], t["year"], t["mean"], t["p10"], t["p50"], t["p90"]], rows);
    }

    private static WorkbookSheet Industries(RunReport report, WorkbookText t)
    {
        var rows = new List<IReadOnlyList<WorkbookCell>>();
        foreach (var industry in report.Definition.Industries)
        {
            var output = MetricNames.IndustryOutput(industry.Id);
            foreach (var year in report.Outcome.Result.Years)
            {
                var s = Find(year, output);
                rows.Add([
                    industry.Id, industry.Name, WorkbookCell.Year(year.Year),
                    WorkbookCell.Of(s?.Mean, ValueFormat.Amount), WorkbookCell.Of(s?.P10, ValueFormat.Amount),
                    WorkbookCell.Of(s?.P50, ValueFormat.Amount), WorkbookCell.Of(s?.P90, ValueFormat.Amount),
                    WorkbookCell.Of(Find(year, MetricNames.Growth(output))?.P50, ValueFormat.Percent),
                    WorkbookCell.Of(Find(year, MetricNames.IndustryValueAdded(industry.Id))?.Mean, ValueFormat.Amount),
                ]);
            }
        }
        return new WorkbookSheet(t["sheet.industries"], [
            t["id"], t["name"], t["year"], t["output_mean"], t["output_p10"], t["output_p50"], t["output_p90"], t["growth_p50"], t["value_added_mean"],
        ], rows);
    }

    private static WorkbookSheet Parks(RunReport report, WorkbookText t)
    {
        var rows = new List<IReadOnlyList<WorkbookCell>>();
        foreach (var park in report.Definition.Parks)
        {
            foreach (var year in report.Outcome.Result.Years)
            {
                var s = Find(year, MetricNames.ParkOutput(park.Id));
                rows.Add([
                    park.Id, park.Name, WorkbookCell.Year(year.Year),
                    WorkbookCell.Of(s?.Mean, ValueFormat.Amount), WorkbookCell.Of(s?.P10, ValueFormat.Amount),
                    WorkbookCell.Of(s?.P50, ValueFormat.Amount), WorkbookCell.Of(s?.P90, ValueFormat.Amount),
                    WorkbookCell.Of(Find(year, MetricNames.LandUsed(park.Id))?.Mean, ValueFormat.Number),
                ]);
            }
        }
        return new WorkbookSheet(t["sheet.parks"], [
            t["id"], t["name"], t["year"], t["output_mean"], t["output_p10"], t["output_p50"], t["output_p90"], t["land_used_mean"],
        ], rows);
    }

    /// <summary>Each target's chance before the observations (the same trials unweighted) and after.</summary>
    private static WorkbookSheet Nowcast(RunReport report, Conditioning conditioning, WorkbookText t)
    {
        var before = conditioning.TargetsBefore.ToDictionary(b => b.TargetId, StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<WorkbookCell>>();
        foreach (var row in report.Targets)
        {
            var was = before.GetValueOrDefault(row.Target.Id)?.Met.Probability;
            rows.Add([
                row.Target.Id, row.Target.Name, WorkbookCell.Of(was, ValueFormat.Percent), WorkbookCell.Of(row.Probability, ValueFormat.Percent),
                WorkbookCell.Of(row.Probability - was, ValueFormat.Percent), t.Verdict(row.Probability),
            ]);
        }
        rows.Add([
            "", t["all_targets"], WorkbookCell.Of(conditioning.AllTargetsBefore.Probability, ValueFormat.Percent),
            WorkbookCell.Of(report.Outcome.Result.AllTargets.Probability, ValueFormat.Percent),
            WorkbookCell.Of(report.Outcome.Result.AllTargets.Probability - conditioning.AllTargetsBefore.Probability, ValueFormat.Percent),
            t.Verdict(report.Outcome.Result.AllTargets.Probability),
        ]);
        return new WorkbookSheet(t["sheet.nowcast"], [t["id"], t["name"], t["before"], t["after"], t["change"], t["verdict"]], rows);
    }

    private static Model.Statistics.MetricSummary? Find(YearResult year, string metric) =>
        year.Metrics.FirstOrDefault(m => string.Equals(m.Metric, metric, StringComparison.Ordinal))?.Summary;
}
