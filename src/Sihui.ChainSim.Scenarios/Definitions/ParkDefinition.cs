using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>An industrial park: its free land, spare power and the new projects it attracts.</summary>
[Description("An industrial park (产业园): its free land, spare power and the projects it attracts.")]
public sealed record ParkDefinition : ILabelled
{
    [IdPattern, Description("The park's id.")]
    public required string Id { get; init; }

    [DefaultFrom("id"), Description("Display name; may be Chinese. Defaults to the id.")]
    public required string Name { get; init; }

    [Description("Chinese display name, used by reports in Chinese. Optional; defaults to name.")]
    public string? NameZh { get; init; }

    [Description("English display name, used by reports in English. Optional; defaults to name.")]
    public string? NameEn { get; init; }

    /// <summary>Free industrial land (mu) at the end of the base year. Null means unlimited.</summary>
    [AtLeast(0), Description("Free industrial land (mu, 亩) at the end of the base year. Omit for unlimited.")]
    public double? LandMu { get; init; }

    [AtLeast(0, What = "an addition"), Description("Land added in a year: year -> mu.")]
    public IReadOnlyDictionary<int, double> LandAdditions { get; init; } = new Dictionary<int, double>();

    /// <summary>Spare power capacity (MW) at the end of the base year. Null means unlimited.</summary>
    [AtLeast(0), Description("Spare power capacity (MW) at the end of the base year. Omit for unlimited.")]
    public double? PowerMw { get; init; }

    [AtLeast(0, What = "an addition"), Description("Power added in a year: year -> MW.")]
    public IReadOnlyDictionary<int, double> PowerAdditions { get; init; } = new Dictionary<int, double>();

    [Description("New projects the park signs each year. Optional.")]
    public AttractionDefinition? Attraction { get; init; }
}
