namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>Of two optional keys, exactly one must be given, as a target's at_least and at_most.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ExactlyOneOfAttribute(string kind, string first, string second) : Attribute
{
    /// <summary>How messages name the record: "target 't' has both ...".</summary>
    public string Kind { get; } = kind;
    public string First { get; } = first;
    public string Second { get; } = second;
}
