namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>An assumption a user may tune, with slider metadata; the web UI and <c>--set</c> read the same data.</summary>
public sealed record TunableDefinition
{
    public required string Path { get; init; }
    public required string Label { get; init; }
    public string? LabelZh { get; init; }

    /// <summary>Grouping for the UI, such as an industry or park id.</summary>
    public string? Group { get; init; }
    public required double Min { get; init; }
    public required double Max { get; init; }
    public required double Step { get; init; }
}
