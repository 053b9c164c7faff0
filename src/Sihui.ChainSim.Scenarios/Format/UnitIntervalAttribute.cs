namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The value is a fraction in [0, 1].</summary>
public class UnitIntervalAttribute() : RangeAttribute(0, 1)
{
    public override string Message(string what, double value) => $"{what} must be in [0, 1], got {value}";
}
