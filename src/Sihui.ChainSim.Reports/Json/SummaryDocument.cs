namespace Sihui.ChainSim.Reports.Json;

/// <summary>
/// summary.json: the run's results and nothing about the machine or the clock, so the same inputs give the same bytes.
/// The keys follow this record's order.
/// </summary>
public sealed record SummaryDocument(
    string Scenario,
    string ScenarioFile,
    string? Variant,
    ulong Seed,
    int Trials,
    int BaseYear,
    int EndYear,
    string Engine,
    string ScenarioSha256,
    string Version,
    IReadOnlyList<WarningJson> Warnings,
    IReadOnlyList<OverrideJson> Overrides,
    IReadOnlyList<TargetJson> Targets,
    AllTargetsJson AllTargets,
    IReadOnlyList<TimingJson> TimeToTarget,
    IReadOnlyList<YearJson> Years)
{
    public static SummaryDocument Of(RunReport report)
    {
        var scenario = report.Outcome.Scenario;
        var result = report.Outcome.Result;
        return new SummaryDocument(
            scenario.Definition.Name,
            report.ScenarioFile,
            scenario.Definition.AppliedVariant,
            scenario.Seed,
            scenario.Trials,
            scenario.BaseYear,
            scenario.EndYear,
            report.EngineName,
            report.ScenarioSha256,
            report.Version,
            [.. report.Warnings.Select(WarningJson.Of)],
            OverrideJson.Of(report.Overrides),
            [.. report.Targets.Select(TargetJson.Of)],
            AllTargetsJson.Of(report),
            [.. result.TimeToTarget.Select(TimingJson.Of)],
            [.. result.Years.Select(YearJson.Of)]);
    }
}
