namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>The text is an id: letters, digits, '_' and '-'.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IdPatternAttribute : Attribute
{
    public const string Pattern = "^[A-Za-z0-9_-]+$";
}
