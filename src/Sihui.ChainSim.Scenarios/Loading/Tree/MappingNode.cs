namespace Sihui.ChainSim.Scenarios.Loading.Tree;

/// <summary>A YAML mapping with scalar keys, in file order; keys are unique (the reader refuses duplicates).</summary>
public sealed class MappingNode(SourceMark mark, List<MappingEntry> entries) : YamlNode(mark)
{
    public List<MappingEntry> Entries { get; } = entries;

    public MappingEntry? Find(string key) => Entries.Find(e => e.Key.Value == key);

    public YamlNode? Get(string key) => Find(key)?.Value;

    /// <summary>Replaces the entry for <paramref name="key"/> (the new key's mark locates later errors), or appends one.</summary>
    public void Set(ScalarNode key, YamlNode value)
    {
        var index = Entries.FindIndex(e => e.Key.Value == key.Value);
        if (index >= 0)
        {
            Entries[index] = new MappingEntry(key, value);
        }
        else
        {
            Entries.Add(new MappingEntry(key, value));
        }
    }

    public override YamlNode Clone() =>
        new MappingNode(Mark, Entries.Select(e => new MappingEntry(e.Key, e.Value.Clone())).ToList());

    public override string Describe() => "a mapping";
}

/// <summary>One key and its value.</summary>
public sealed record MappingEntry(ScalarNode Key, YamlNode Value);
