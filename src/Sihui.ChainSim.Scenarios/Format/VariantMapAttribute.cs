namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The `variants:` mapping of name to overrides, read with its source entries for the loader to apply.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class VariantMapAttribute : Attribute;
