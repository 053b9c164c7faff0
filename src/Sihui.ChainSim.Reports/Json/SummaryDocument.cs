using System.Text.Json.Serialization;

namespace Sihui.ChainSim.Reports.Json;

/// <summary>
/// summary.json: the run's results and nothing about the machine or the clock, so the same inputs give the same bytes.
/// The keys follow this record's order. <c>base_year_values</c> holds each plain metric's base-year value (null where the
/// file cannot say), the basis of the first year's growth rates. <c>conditioning</c> appears only in a nowcast.
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
    IReadOnlyList<YearJson> Years,
    IReadOnlyDictionary<string, double?> BaseYearValues,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ConditioningJson? Conditioning = null)
{
    // An OrderedDictionary keeps the metrics in the result's order.
    private static OrderedDictionary<string, double?> BaseYearValuesOf(Model.Compilation.CompiledScenario scenario)
    {
        var values = new OrderedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (metric, value) in Model.Aggregation.BaseYearValues.Compute(scenario))
        {
            values.Add(metric, value);
        }
        return values;
    }

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
            [.. result.Years.Select(YearJson.Of)],
            BaseYearValuesOf(scenario),
            ConditioningJson.Of(result.Conditioning));
    }
}
