using System.Diagnostics;
using System.Runtime.InteropServices;
using Sihui.ChainSim.Reports;
using Sihui.ChainSim.Reports.Json;

namespace Sihui.ChainSim.Cli.Output;

/// <summary>Writes run.json (<see cref="RunInfoDocument"/>) with this process's machine facts and the run's timings.</summary>
public static class RunInfoJsonWriter
{
    public static byte[] Write(RunReport report, RunTimings timings) => ReportJson.Write(new RunInfoDocument(
        report.Definition.Name,
        report.ScenarioFile,
        report.VariantText,
        OverrideJson.Of(report.Overrides),
        report.EngineName,
        report.Version,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        Environment.MachineName,
        Environment.ProcessorCount,
        // The process's peak resident memory so far, which benchmarks read to see how memory grows.
        Process.GetCurrentProcess().PeakWorkingSet64,
        timings.StartedAt.ToString("O", ReportText.Invariant),
        timings.FinishedAt.ToString("O", ReportText.Invariant),
        new RunSecondsJson(timings.Simulate.TotalSeconds, timings.Total.TotalSeconds)));
}
