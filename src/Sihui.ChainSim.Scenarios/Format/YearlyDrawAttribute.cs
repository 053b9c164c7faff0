namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>
/// The DIST is drawn once a year and may carry <c>persistence</c> (<see cref="DistributionKind.Persistence"/>),
/// which ties each year's draw to the year before.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class YearlyDrawAttribute : Attribute;
