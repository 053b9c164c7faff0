namespace Sihui.ChainSim.Scenarios.Loading.Tree;

/// <summary>A node of the loader's own YAML tree: aliases already expanded, every node carries its source mark.</summary>
public abstract class YamlNode(SourceMark mark)
{
    public SourceMark Mark { get; } = mark;

    /// <summary>A deep copy, so overrides on one copy never leak into another.</summary>
    public abstract YamlNode Clone();

    /// <summary>How the node reads in a message: the scalar text, or "a mapping" / "a list".</summary>
    public abstract string Describe();
}
