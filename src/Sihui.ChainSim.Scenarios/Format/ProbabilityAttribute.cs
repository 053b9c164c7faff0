namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The value is a probability: "a probability must be in [0, 1]".</summary>
public sealed class ProbabilityAttribute : UnitIntervalAttribute
{
    public ProbabilityAttribute() => What = "a probability";
}
