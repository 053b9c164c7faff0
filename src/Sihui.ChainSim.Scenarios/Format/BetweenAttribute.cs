namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The value must lie between <paramref name="min"/> and <paramref name="max"/>, both included.</summary>
public sealed class BetweenAttribute(double min, double max) : RangeAttribute(min, max)
{
    public override string Message(string what, double value) => $"{what} must be between {Bound(Min)} and {Bound(Max)}, got {value}";
}
