namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>A property the loader fills itself; it is no key of the format.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInFileAttribute : Attribute;
