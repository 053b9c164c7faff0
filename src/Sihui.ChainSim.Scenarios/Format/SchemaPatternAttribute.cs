namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>
/// A pattern the schema gives editors; the loader checks the value itself with a better message
/// (an unknown metric, say, with "did you mean").
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SchemaPatternAttribute(string pattern) : Attribute
{
    public string Pattern { get; } = pattern;
}
