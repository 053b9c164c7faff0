namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The value must be at least <paramref name="min"/>.</summary>
public sealed class AtLeastAttribute(double min) : RangeAttribute(min, double.PositiveInfinity)
{
    public override string Message(string what, double value) => $"{what} must be >= {Bound(Min)}, got {value}";
}
