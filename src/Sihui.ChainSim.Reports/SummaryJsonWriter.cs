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

            json.WriteStartArray("targets");
            foreach (var row in report.Targets)
            {
                WriteTarget(json, row);
            }
            json.WriteEndArray();

            json.WriteStartObject("all_targets");
            WriteProbability(json, result.AllTargets);
            json.WriteEndObject();

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
