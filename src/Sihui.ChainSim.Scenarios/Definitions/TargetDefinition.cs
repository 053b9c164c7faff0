using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Metrics;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>A planning target: a metric's value in a year compared with a threshold, trial by trial.</summary>
[ExactlyOneOf("target", "at_least", "at_most")]
[Description("A planning target: a metric's value in a year compared with a threshold, trial by trial. Give exactly one of at_least and at_most.")]
public sealed record TargetDefinition : ILabelled
{
    [IdPattern, Description("The target's id.")]
    public required string Id { get; init; }

    [DefaultFrom("id"), Description("Display name; may be Chinese. Defaults to the id.")]
    public required string Name { get; init; }

    [Description("Chinese display name, used by reports in Chinese. Optional; defaults to name.")]
    public string? NameZh { get; init; }

    [Description("English display name, used by reports in English. Optional; defaults to name.")]
    public string? NameEn { get; init; }

    [SchemaPattern(MetricNames.Pattern), Description(MetricNames.Description)]
    public required string Metric { get; init; }

    [Description("The target year, after base_year and no later than end_year.")]
    public required int Year { get; init; }

    [Description("Met when the metric is at least this value.")]
    public double? AtLeast { get; init; }

    [Description("Met when the metric is at most this value.")]
    public double? AtMost { get; init; }

    /// <summary>Which side of the threshold meets the target.</summary>
    public Comparison Comparison => AtMost is not null && AtLeast is null ? Comparison.AtMost : Comparison.AtLeast;

    /// <summary>The at_least or at_most value; NaN for a target that failed to load.</summary>
    public double Threshold => AtLeast ?? AtMost ?? double.NaN;

    public bool IsMet(double value) => Comparison == Comparison.AtLeast ? value >= Threshold : value <= Threshold;
}

/// <summary>Which side of the threshold meets a target.</summary>
public enum Comparison
{
    AtLeast,
    AtMost,
}
