namespace Sihui.ChainSim.Analysis.GoalSeek;

/// <summary>
/// What to solve for: the value of <see cref="Path"/> in [Min, Max] that gives <see cref="TargetId"/> at least
/// <see cref="Probability"/>. Min and Max default to the tunable's range; Tolerance defaults to (Max − Min) / 1000.
/// </summary>
public sealed record GoalSeekRequest
{
    public required string TargetId { get; init; }
    public required string Path { get; init; }
    public required double Probability { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public double? Tolerance { get; init; }

    public const double DefaultToleranceShare = 1.0 / 1000;
}
