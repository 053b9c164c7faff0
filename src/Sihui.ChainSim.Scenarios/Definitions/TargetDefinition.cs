namespace Sihui.ChainSim.Scenarios.Definitions;

/// <summary>A planning target: a metric's value in a year compared with a threshold, trial by trial.</summary>
public sealed record TargetDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Metric { get; init; }
    public required int Year { get; init; }
    public required Comparison Comparison { get; init; }
    public required double Threshold { get; init; }

    public bool IsMet(double value) => Comparison == Comparison.AtLeast ? value >= Threshold : value <= Threshold;
}

/// <summary>Which side of the threshold meets a target.</summary>
public enum Comparison
{
    AtLeast,
    AtMost,
}
