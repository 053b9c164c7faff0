namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>A list or map that needs at least one <paramref name="item"/>: "ramp_up needs at least one fraction".</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotEmptyAttribute(string item) : Attribute
{
    public string Item { get; } = item;
}
