namespace Sihui.ChainSim.Scenarios.Format;

/// <summary>A list of exactly <paramref name="length"/> numbers, one per <paramref name="item"/>: "shares needs 12 numbers, one per month".</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ExactLengthAttribute(int length, string item) : Attribute
{
    public int Length { get; } = length;
    public string Item { get; } = item;

    public string Message(string key, int count) => $"{key} needs {Length} numbers, one per {Item}, got {count}";
}
