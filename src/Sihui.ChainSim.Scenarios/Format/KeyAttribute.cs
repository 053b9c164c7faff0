namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The YAML key, where it is not the snake_case of the property name.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class KeyAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
