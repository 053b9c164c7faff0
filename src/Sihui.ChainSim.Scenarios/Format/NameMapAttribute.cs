namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>A list of (name, number) records written as a mapping, such as <c>industry_mix: {copper: 2}</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NameMapAttribute : Attribute;
