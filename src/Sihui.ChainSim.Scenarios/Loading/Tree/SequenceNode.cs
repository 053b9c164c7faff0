namespace Sihui.ChainSim.Scenarios.Loading.Tree;

/// <summary>A YAML list.</summary>
public sealed class SequenceNode(SourceMark mark, List<YamlNode> items) : YamlNode(mark)
{
    public List<YamlNode> Items { get; } = items;

    public override YamlNode Clone() => new SequenceNode(Mark, Items.Select(i => i.Clone()).ToList());

    public override string Describe() => "a list";
}
