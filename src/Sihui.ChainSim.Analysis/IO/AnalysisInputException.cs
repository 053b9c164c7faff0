namespace Sihui.ChainSim.Analysis.IO;

/// <summary>
/// Bad input to an analysis, naming the field at fault (<c>target</c>, <c>params[1]</c>, <c>min</c>): the CLI says it as
/// its option (<c>--target</c>), the web API as the JSON field, so both refuse the same things with the same words.
/// </summary>
public sealed class AnalysisInputException(string field, string message) : ArgumentException(message)
{
    public string Field { get; } = field;

    /// <summary>The field without an index: <c>params</c> for <c>params[1]</c>, the name of the CLI's option.</summary>
    public string Option => "--" + (Field.IndexOf('[') is var i and >= 0 ? Field[..i] : Field);
}
