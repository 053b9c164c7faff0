using System.Text.Encodings.Web;
using System.Text.Json;
using Sihui.ChainSim.Model.Results;
using Sihui.ChainSim.Model.Statistics;

namespace Sihui.ChainSim.Reports;

/// <summary>
/// Writes summary.json: the run's results and nothing about the machine or the clock, so the same inputs give the
/// same bytes. Doubles use the round-trip form, keys are snake_case in a fixed order.
/// </summary>
public static class SummaryJsonWriter
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(RunReport report)
    {
        var scenario = report.Outcome.Scenario;
        var result = report.Outcome.Result;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("scenario", scenario.Definition.Name);
            json.WriteString("scenario_file", report.ScenarioFile);
            if (scenario.Definition.AppliedVariant is { } variant)
            {
                json.WriteString("variant", variant);
            }
            else
            {
                json.WriteNull("variant");
            }
            json.WriteNumber("seed", scenario.Seed);
            json.WriteNumber("trials", scenario.Trials);
            json.WriteNumber("base_year", scenario.BaseYear);
            json.WriteNumber("end_year", scenario.EndYear);
            json.WriteString("engine", report.EngineName);
            json.WriteString("scenario_sha256", report.ScenarioSha256);
            json.WriteString("version", report.Version);
            WriteWarnings(json, report.Warnings);
            WriteOverrides(json, report.Overrides);

            json.WriteStartArray("targets");
            foreach (var row in report.Targets)
            {
                WriteTarget(json, row);
            }
            json.WriteEndArray();

            json.WriteStartObject("all_targets");
            WriteProbability(json, result.AllTargets);
            json.WriteNumber("targets_covered", result.Targets.Count);
            json.WriteNumber("targets_total", scenario.Definition.Targets.Count);
            json.WriteStartArray("dropped_targets");
            foreach (var dropped in report.DroppedTargets)
            {
                json.WriteStringValue(dropped.Id);
            }
            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartArray("time_to_target");
            foreach (var timing in result.TimeToTarget)
            {
                WriteTiming(json, timing);
            }
            json.WriteEndArray();

            json.WriteStartArray("years");
            foreach (var year in result.Years)
            {
                WriteYear(json, year);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Each warning located like an error: file, line, column, path and message.</summary>
    private static void WriteWarnings(Utf8JsonWriter json, IReadOnlyList<Scenarios.Loading.ScenarioError> warnings)
    {
        json.WriteStartArray("warnings");
        foreach (var w in warnings)
        {
            json.WriteStartObject();
            json.WriteString("file", w.File);
            json.WriteNumber("line", w.Line);
            json.WriteNumber("column", w.Column);
            json.WriteString("path", w.Path);
            json.WriteString("message", w.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteTarget(Utf8JsonWriter json, TargetRow row)
    {
        json.WriteStartObject();
        json.WriteString("id", row.Target.Id);
        json.WriteString("name", row.Target.Name);
        json.WriteString("metric", row.Target.Metric);
        json.WriteNumber("year", row.Target.Year);
        json.WriteString("comparison", row.ComparisonName);
        WriteDouble(json, "threshold", row.Target.Threshold);
        WriteProbability(json, row.Result.Met);
        WriteSummary(json, row.Result.Value);
        json.WriteEndObject();
    }

    /// <summary>Writes <c>"overrides": [{path, value, source}]</c>; run.json shares it.</summary>
    public static void WriteOverrides(Utf8JsonWriter json, IReadOnlyList<RunOverride> overrides)
    {
        json.WriteStartArray("overrides");
        foreach (var item in overrides)
        {
            json.WriteStartObject();
            json.WriteString("path", item.Path);
            json.WriteString("value", item.Value);
            json.WriteString("source", item.Source);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteTiming(Utf8JsonWriter json, TargetTiming timing)
    {
        json.WriteStartObject();
        json.WriteString("target_id", timing.TargetId);
        json.WriteString("event", timing.Event == TimingEvent.FirstBreach ? "first_breach" : "first_met");
        WriteYearOrNull(json, "first_year_p10", timing.FirstYearP10);
        WriteYearOrNull(json, "first_year_p50", timing.FirstYearP50);
        WriteYearOrNull(json, "first_year_p90", timing.FirstYearP90);
        WriteYearOrNull(json, "earliest_year", timing.EarliestYear);
        WriteDouble(json, "never_share", timing.NeverShare);
        if (timing.HoldsEveryYear is { } holds)
        {
            json.WriteStartObject("holds_every_year");
            WriteProbability(json, holds);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("holds_every_year");
        }
        json.WriteNumber("from_year", timing.FromYear);
        json.WriteStartArray("first_year_counts");
        foreach (var count in timing.FirstYearCounts)
        {
            json.WriteNumberValue(count);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteYearOrNull(Utf8JsonWriter json, string name, int? year)
    {
        if (year is { } y)
        {
            json.WriteNumber(name, y);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteYear(Utf8JsonWriter json, YearResult year)
    {
        json.WriteStartObject();
        json.WriteNumber("year", year.Year);
        json.WriteStartObject("metrics");
        foreach (var metric in year.Metrics)
        {
            json.WriteStartObject(metric.Metric);
            WriteSummary(json, metric.Summary);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProbability(Utf8JsonWriter json, ProbabilityEstimate estimate)
    {
        WriteDouble(json, "probability", estimate.Probability);
        json.WriteStartArray("probability_ci95");
        WriteDoubleValue(json, estimate.Low);
        WriteDoubleValue(json, estimate.High);
        json.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter json, MetricSummary summary)
    {
        WriteDouble(json, "mean", summary.Mean);
        WriteDouble(json, "p10", summary.P10);
        WriteDouble(json, "p50", summary.P50);
        WriteDouble(json, "p90", summary.P90);
    }

    private static void WriteDouble(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        WriteDoubleValue(json, value);
    }

    /// <summary>
    /// The shortest round-trip form (what "R" gives), so a reader gets the exact double back; JSON has no NaN, so that is null.
    /// </summary>
    private static void WriteDoubleValue(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
