namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>When the key is absent the value is another key's, as a name defaults to the id.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DefaultFromAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
