namespace Sihui.ChainSim.Scenarios.Observations;

/// <summary>How an observed metric is weighed: a money level (normal in the share) or a count (binomial thinning).</summary>
public enum ObservedKind
{
    Money,
    Count,
}
