using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>How many new projects a park signs each year, how large, in which industries, and how they behave.</summary>
[Description("How many new projects a park signs each year, how large, in which industries, and how they behave.")]
public sealed record AttractionDefinition
{
    /// <summary>Count of projects signed per year (rounded down, at least 0).</summary>
    [Description("Projects signed per year (draw rounded down, negative means 0).")]
    public required Distribution ProjectsPerYear { get; init; }

    [Description("Planned investment per project, 亿元.")]
    public required Distribution InvestmentPerProject { get; init; }

    /// <summary>Industry weights; a project's industry is drawn in proportion to them.</summary>
    [NameMap, AtLeast(0, What = "an industry weight")]
    [Description("Industry id -> weight (>= 0, at least one positive); a project's industry is drawn in proportion.")]
    public required IReadOnlyList<IndustryShare> IndustryMix { get; init; }

    [Description("How the attracted projects behave. Optional; defaults apply.")]
    public ProjectTemplate Project { get; init; } = new();
}

/// <summary>One industry's weight in a park's attraction mix.</summary>
public sealed record IndustryShare(string Industry, double Weight);
