namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>A validated scenario: everything a run needs, after variants and overrides were applied. Money is in 亿元.</summary>
public sealed record ScenarioDefinition
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";

    /// <summary>The last calendar year with known values; simulation starts the year after.</summary>
    public required int BaseYear { get; init; }
    public required int EndYear { get; init; }
    public int Trials { get; init; } = DefaultTrials;
    public ulong Seed { get; init; } = DefaultSeed;

    public EconomyDefinition Economy { get; init; } = new();
    public IReadOnlyList<IndustryDefinition> Industries { get; init; } = [];
    public IReadOnlyList<LinkageDefinition> Linkages { get; init; } = [];
    public IReadOnlyList<ParkDefinition> Parks { get; init; } = [];
    public IReadOnlyList<EnterpriseDefinition> Enterprises { get; init; } = [];
    public IReadOnlyList<ProjectDefinition> Projects { get; init; } = [];
    public IReadOnlyList<IndicatorDefinition> Indicators { get; init; } = [];
    public IReadOnlyList<TargetDefinition> Targets { get; init; } = [];
    public IReadOnlyList<VariantDefinition> Variants { get; init; } = [];
    public IReadOnlyList<TunableDefinition> Tunables { get; init; } = [];

    /// <summary>The variant that was applied when loading, or null for the baseline.</summary>
    public string? AppliedVariant { get; init; }

    /// <summary>The applied variant as reports name it: "NAME", or "NAME (saved)" for one saved from the page; null for the baseline.</summary>
    public string? AppliedVariantLabel =>
        AppliedVariant is { } name && Variants.Any(v => v.Name == name && v.Saved) ? $"{name} (saved)" : AppliedVariant;

    /// <summary>Values that load but are probably not meant (growth of 800%, say), located like errors.</summary>
    public IReadOnlyList<Loading.ScenarioError> Warnings { get; init; } = [];

    public const int DefaultTrials = 10_000;
    public const ulong DefaultSeed = 1;
    public const int MaxTrials = 1_000_000;

    /// <summary>Simulated years: base_year + 1 .. end_year.</summary>
    public int YearCount => EndYear - BaseYear;
}
