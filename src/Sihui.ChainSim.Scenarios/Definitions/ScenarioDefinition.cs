using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>A validated scenario: everything a run needs, after variants and overrides were applied. Money is in 亿元.</summary>
[Description("A Sihui.ChainSim scenario: industries, parks, enterprises, projects, indicators and the targets to test. Money is in 亿元 (100 million yuan).")]
public sealed record ScenarioDefinition
{
    [Key("scenario"), Description("The scenario's name.")]
    public required string Name { get; init; }

    [Description("What the scenario is about. Optional.")]
    public string Description { get; init; } = "";

    [Description("Language of reports, console tables and chart labels: zh (Chinese) or en (English). Optional; default zh. --lang overrides it.")]
    public ScenarioLanguage Language { get; init; } = ScenarioLanguage.Zh;

    /// <summary>The last calendar year with known values; simulation starts the year after.</summary>
    [Description("The last calendar year with known values; simulation starts the year after.")]
    public required int BaseYear { get; init; }

    [Description("The last simulated year; greater than base_year.")]
    public required int EndYear { get; init; }

    [Between(1, MaxTrials), Description("Monte Carlo trials.")]
    public int Trials { get; init; } = DefaultTrials;

    [AtLeast(0), Description("Random seed; the same seed gives the same results.")]
    public ulong Seed { get; init; } = DefaultSeed;

    [Description("Economy-wide assumptions. Optional.")]
    public EconomyDefinition Economy { get; init; } = new();

    [Description("Industrial chains.")]
    public IReadOnlyList<IndustryDefinition> Industries { get; init; } = [];

    [Description("Local input-output coefficients (Leontief A); each supplier/buyer pair at most once.")]
    public IReadOnlyList<LinkageDefinition> Linkages { get; init; } = [];

    [Description("Industrial parks.")]
    public IReadOnlyList<ParkDefinition> Parks { get; init; } = [];

    [Description("Enterprises and per-industry aggregates.")]
    public IReadOnlyList<EnterpriseDefinition> Enterprises { get; init; } = [];

    [Description("Named projects in the pipeline.")]
    public IReadOnlyList<ProjectDefinition> Projects { get; init; } = [];

    [Description("Count-type indicators.")]
    public IReadOnlyList<IndicatorDefinition> Indicators { get; init; } = [];

    [Description("Planning targets to test.")]
    public IReadOnlyList<TargetDefinition> Targets { get; init; } = [];

    /// <summary>Metric name → its monthly shares; a metric not listed has <see cref="SeasonalityDefinition.Even"/>.</summary>
    [SchemaPattern(MetricNames.Pattern)]
    [Description("Monthly seasonality of observable metrics: metric -> {shares, share_sd}. Optional; a metric not listed has shares m/12 and share_sd 0.02 each month (an assumption).")]
    public IReadOnlyDictionary<string, SeasonalityDefinition> Seasonality { get; init; } = new Dictionary<string, SeasonalityDefinition>();

    [Description("Published year-to-date figures to condition a nowcast on; the same rows as an observations CSV file. Optional.")]
    public IReadOnlyList<ObservationDefinition> Observations { get; init; } = [];

    [VariantMap, Description("Named variants: variant name -> overrides.")]
    public IReadOnlyList<VariantDefinition> Variants { get; init; } = [];

    [Description("Sliders for the web UI and --set.")]
    public IReadOnlyList<TunableDefinition> Tunables { get; init; } = [];

    /// <summary>The variant that was applied when loading, or null for the baseline.</summary>
    [NotInFile]
    public string? AppliedVariant { get; init; }

    /// <summary>The applied variant as reports name it: "NAME", or "NAME (saved)" for one saved from the page; null for the baseline.</summary>
    public string? AppliedVariantLabel =>
        AppliedVariant is { } name && Variants.Any(v => v.Name == name && v.Saved) ? $"{name} (saved)" : AppliedVariant;

    /// <summary>Values that load but are probably not meant (growth of 800%, say), located like errors.</summary>
    [NotInFile]
    public IReadOnlyList<Loading.ScenarioError> Warnings { get; init; } = [];

    public const int DefaultTrials = 10_000;
    public const ulong DefaultSeed = 1;
    public const int MaxTrials = 1_000_000;

    /// <summary>Simulated years: base_year + 1 .. end_year.</summary>
    public int YearCount => EndYear - BaseYear;
}
