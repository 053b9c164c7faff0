using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>
/// A count-type figure such as high-tech enterprises: level[t] = level[t-1] + draw(annual_change). With any of
/// exit_rate, exit_cyclicality or adds_producing_projects it is a count with entry and exit (docs/model.md).
/// </summary>
[Description("A count-type figure such as high-tech enterprises: level[t] = level[t-1] + a draw of annual_change. With any of exit_rate, exit_cyclicality or adds_producing_projects it is a count of units that enter and exit.")]
public sealed record IndicatorDefinition : ILabelled
{
    [IdPattern, Description("The indicator's id.")]
    public required string Id { get; init; }

    [DefaultFrom("id"), Description("Display name; may be Chinese. Defaults to the id.")]
    public required string Name { get; init; }

    [Description("Chinese display name, used by reports in Chinese. Optional; defaults to name.")]
    public string? NameZh { get; init; }

    [Description("English display name, used by reports in English. Optional; defaults to name.")]
    public string? NameEn { get; init; }

    [Description("Level at the end of the base year; a whole number >= 0 for a count.")]
    public required double Initial { get; init; }

    [Description("Change in the level each year; for a count, max(0, floor(draw)) units enter.")]
    public required Distribution AnnualChange { get; init; }

    // The three count keys are null when absent, so that naming any one of them (even at its default) makes a count.
    [Probability, DefaultValue(0.0), Description("Makes a count: the chance that each unit leaves in a year, in [0, 1]. Default 0.")]
    public double? ExitRate { get; init; }

    [AtLeast(0), DefaultValue(0.0), Description("Makes a count: how the exit rate falls in good years, c >= 0: q[t] = min(1, exit_rate * exp(-c * macro shock)). Default 0.")]
    public double? ExitCyclicality { get; init; }

    [DefaultValue(false), Description("Makes a count: each project that starts producing in a year enters the count that year. Default false.")]
    public bool? AddsProducingProjects { get; init; }

    /// <summary>True when the file names any count key: the level is then a whole number of units that enter and exit.</summary>
    public bool IsCount => ExitRate.HasValue || ExitCyclicality.HasValue || AddsProducingProjects.HasValue;
}
