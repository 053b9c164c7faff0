namespace Sihui.ChainSim.Reports.Json;

/// <summary>
/// run.json: how, where and when the run happened; the only output with timings and the machine name. The keys follow
/// this record's order; the times are ISO 8601 round-trip text ("O").
/// </summary>
public sealed record RunInfoDocument(
    string Scenario,
    string ScenarioFile,
    string Variant,
    IReadOnlyList<OverrideJson> Overrides,
    string Engine,
    string Version,
    string DotnetVersion,
    string Os,
    string MachineName,
    int ProcessorCount,
    long PeakWorkingSetBytes,
    string StartedAt,
    string FinishedAt,
    RunSecondsJson TimingsSeconds);
