namespace Sihui.ChainSim.Scenarios.Loading.Tree;

/// <summary>A scalar; <see cref="IsPlain"/> is false for quoted, block or explicitly tagged scalars.</summary>
public sealed class ScalarNode(SourceMark mark, string value, bool isPlain) : YamlNode(mark)
{
    public string Value { get; } = value;
    public bool IsPlain { get; } = isPlain;

    /// <summary>YAML's plain null spellings; a quoted "null" is a string.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override YamlNode Clone() => new ScalarNode(Mark, Value, IsPlain);

    public override string Describe() => IsNull ? "nothing" : $"'{Shorten(Value)}'";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
