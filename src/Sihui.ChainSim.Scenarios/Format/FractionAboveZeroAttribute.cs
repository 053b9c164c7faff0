namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The value is a share in (0, 1]: 0 itself is refused, as for a value-added ratio.</summary>
public sealed class FractionAboveZeroAttribute : RangeAttribute
{
    public FractionAboveZeroAttribute() : base(0, 1) => MinExcluded = true;

    public override string Message(string what, double value) => $"{what} must be in (0, 1], got {value}";
}
