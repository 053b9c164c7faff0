using System.Text.Json;
using Sihui.ChainSim.Reports.Json;
using Sihui.ChainSim.Reports.Tests.Support;

namespace Sihui.ChainSim.Reports.Tests.Json;

/// <summary>run.json: its keys in order, the overrides as summary.json lists them, and the times as written.</summary>
public sealed class RunInfoJsonTests
{
    private static RunInfoDocument Sample(RunReport report) => new(
        report.Definition.Name, report.ScenarioFile, report.VariantText, OverrideJson.Of(report.Overrides), report.EngineName,
        report.Version, ".NET 10", "Linux", "box", 2, 123_456_789, "2026-12-02T00:03:04.0138514+00:00",
        "2026-12-02T00:03:04.4714553+00:00", new RunSecondsJson(0.1630141, 0.4575238));

    [Fact]
    public async Task Keys_are_snake_case_in_the_order_readers_know()
    {
        using var json = JsonDocument.Parse(ReportJson.Write(Sample(await SampleReports.RunAsync())));

        Assert.Equal(
            ["scenario", "scenario_file", "variant", "overrides", "engine", "version", "dotnet_version", "os", "machine_name",
             "processor_count", "peak_working_set_bytes", "started_at", "finished_at", "timings_seconds"],
            JsonKeys.Of(json.RootElement));
        Assert.Equal(["simulate", "total"], JsonKeys.Of(json.RootElement.GetProperty("timings_seconds")));
    }

    [Fact]
    public async Task It_lists_the_overrides_exactly_as_summary_json_does_and_keeps_the_times_as_written()
    {
        var report = await SampleReports.RunAsync();
        var runText = System.Text.Encoding.UTF8.GetString(ReportJson.Write(Sample(report)));
        using var run = JsonDocument.Parse(runText);
        using var summary = JsonDocument.Parse(SummaryJsonWriter.Write(report));

        Assert.Equal(summary.RootElement.GetProperty("overrides").GetRawText(), run.RootElement.GetProperty("overrides").GetRawText());
        Assert.Equal("(none; 2 values changed)", run.RootElement.GetProperty("variant").GetString());
        Assert.Contains("\"started_at\": \"2026-12-02T00:03:04.0138514+00:00\",\n", runText, StringComparison.Ordinal);
        Assert.Contains("\"simulate\": 0.1630141,\n", runText, StringComparison.Ordinal);
        Assert.Equal(123_456_789, run.RootElement.GetProperty("peak_working_set_bytes").GetInt64());
    }
}
