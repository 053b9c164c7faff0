using Sihui.ChainSim.Reports;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Writes run.json: how, where and when the run happened. The only output with timings and the machine name.</summary>
public static class RunInfoJsonWriter
{
    public static byte[] Write(RunReport report, RunTimings timings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, SummaryJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("scenario", report.Definition.Name);
            json.WriteString("scenario_file", report.ScenarioFile);
            json.WriteString("variant", report.VariantText);
            SummaryJsonWriter.WriteOverrides(json, report.Overrides);
            json.WriteString("engine", report.EngineName);
            json.WriteString("version", report.Version);
            json.WriteString("dotnet_version", RuntimeInformation.FrameworkDescription);
            json.WriteString("os", RuntimeInformation.OSDescription);
            json.WriteString("machine_name", Environment.MachineName);
            json.WriteNumber("processor_count", Environment.ProcessorCount);
            // The process's peak resident memory so far, which benchmarks read to see how memory grows.
            json.WriteNumber("peak_working_set_bytes", Process.GetCurrentProcess().PeakWorkingSet64);
            json.WriteString("started_at", timings.StartedAt.ToString("O", ReportText.Invariant));
            json.WriteString("finished_at", timings.FinishedAt.ToString("O", ReportText.Invariant));
            json.WriteStartObject("timings_seconds");
            json.WriteNumber("simulate", timings.Simulate.TotalSeconds);
            json.WriteNumber("total", timings.Total.TotalSeconds);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
