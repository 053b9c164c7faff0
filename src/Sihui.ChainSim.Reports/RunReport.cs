using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Reports;

/// <summary>A finished run with what the output writers need: the file it came from, its hash and the program version.</summary>
public sealed record RunReport(RunOutcome Outcome, string ScenarioFile, string ScenarioSha256, string Version)
{
    private readonly ScenarioLanguage? _language;

    public ScenarioDefinition Definition => Outcome.Scenario.Definition;

    /// <summary>The language people read the report in: --lang, else the scenario's <c>language:</c> (Chinese by default).</summary>
    public ScenarioLanguage Language { get => _language ?? Definition.Language; init => _language = value; }

    /// <summary>The wording of <see cref="Language"/>.</summary>
    public ReportWords Words => ReportWords.For(Language);

    /// <summary>What the loader found implausible, then any estimate of time or memory past this machine's.</summary>
    public IReadOnlyList<Scenarios.Loading.ScenarioError> Warnings =>
        [.. Definition.Warnings, .. Model.Compilation.RunCost.Warnings(Outcome.Scenario, ScenarioFile)];

    /// <summary>Every value the run changed from the file, in the order applied (variant first).</summary>
    public IReadOnlyList<RunOverride> Overrides { get; init; } = [];

    /// <summary>The variant for people: its name, "(baseline)" for the file as written, or "(none; N values changed)".</summary>
    public string VariantText => Definition.AppliedVariantLabel
        ?? (Overrides.Count == 0 ? "(baseline)" : $"(none; {Overrides.Count} {(Overrides.Count == 1 ? "value" : "values")} changed)");

    /// <summary><see cref="VariantText"/> in the report's language.</summary>
    public string VariantLabel => Definition.AppliedVariantLabel
        ?? (Overrides.Count == 0 ? Words.Baseline : Words.NoVariantChanged(Overrides.Count));

    /// <summary><see cref="CoverageText"/> in the report's language.</summary>
    public string CoverageLabel => Words.Covers(Outcome.Result.Targets.Count, Definition.Targets.Count);

    /// <summary>Targets past the last simulated year (after <c>--until</c>), which the run cannot judge.</summary>
    public IReadOnlyList<TargetDefinition> DroppedTargets => [.. Definition.Targets.Where(t => t.Year > Outcome.Scenario.EndYear)];

    /// <summary>"all targets at once" covers this many of the file's targets.</summary>
    public string CoverageText => $"covers {Outcome.Result.Targets.Count} of {Definition.Targets.Count} targets";

    /// <summary>"orleans" or "direct": the engine that actually ran, as the runner reported it.</summary>
    public string EngineName => Outcome.Engine.ToString().ToLowerInvariant();

    /// <summary>Each target's definition beside its result, in the scenario's order.</summary>
    public IReadOnlyList<TargetRow> Targets
    {
        get
        {
            var byId = Definition.Targets.ToDictionary(t => t.Id, StringComparer.Ordinal);
            return Outcome.Result.Targets.Select(r => new TargetRow(byId[r.TargetId], r) { Words = Words }).ToList();
        }
    }

    /// <summary>True for metrics measured in 亿元 (see <see cref="MetricNames.IsMoney"/>).</summary>
    public static bool IsMoney(string metric) => MetricNames.IsMoney(metric);
}
