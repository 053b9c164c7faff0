namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The property is a record whose keys sit in the owner's mapping, not under a key of their own.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FlattenAttribute : Attribute;
