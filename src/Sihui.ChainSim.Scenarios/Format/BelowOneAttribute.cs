namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The value is a fraction in [0, 1): 1 itself is refused.</summary>
public sealed class BelowOneAttribute : RangeAttribute
{
    public BelowOneAttribute() : base(0, 1) => MaxExcluded = true;

    public override string Message(string what, double value) => $"{what} must be in [0, 1), got {value}";
}
