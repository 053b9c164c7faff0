using System.ComponentModel;
using Sihui.ChainSim.Scenarios.Format;

namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>An assumption a user may tune, with slider metadata; the web UI and <c>--set</c> read the same data.</summary>
[Description("An assumption a user may tune, with slider metadata for the web UI and --set.")]
public sealed record TunableDefinition
{
    /// <summary>Dot-separated keys from the top level; list items by id.</summary>
    public const string PathPattern = "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$";

    [SchemaPattern(PathPattern), Description("The numeric scalar the slider sets, e.g. enterprises.jintian.growth.mean; it must exist in the file.")]
    public required string Path { get; init; }

    [Description("Slider label.")]
    public required string Label { get; init; }

    [Description("Chinese slider label. Optional.")]
    public string? LabelZh { get; init; }

    /// <summary>Grouping for the UI, such as an industry or park id.</summary>
    [Description("UI grouping, e.g. an industry or park id. Optional.")]
    public string? Group { get; init; }

    [Description("Slider minimum.")]
    public required double Min { get; init; }

    [Description("Slider maximum, >= min.")]
    public required double Max { get; init; }

    [Description("Slider step, > 0.")]
    public required double Step { get; init; }
}
