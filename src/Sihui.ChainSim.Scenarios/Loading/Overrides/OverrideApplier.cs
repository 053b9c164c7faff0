using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Overrides;

/// <summary>Second stage, part two: writes override values into the tree before mapping.</summary>
public static class OverrideApplier
{
    public const string CommandLineFile = "--set";

    /// <summary>Sets <paramref name="path"/> to <paramref name="value"/>; a bad path is reported at <paramref name="at"/>.</summary>
    public static void Apply(YamlNode root, string path, YamlNode value, SourceMark at, string errorPath, ErrorList errors)
    {
        var parent = TreePath.Parent(root, path, out var last, out var error);
        if (parent is null)
        {
            errors.Add(at, errorPath, error!);
            return;
        }
        if (parent is MappingNode mapping)
        {
            mapping.Set(new ScalarNode(at, last, isPlain: true), value);
            return;
        }
        var sequence = (SequenceNode)parent;
        var index = TreePath.IndexOf(sequence, last);
        if (index < 0)
        {
            TreePath.Step(sequence, last, path[..path.LastIndexOf('.')], out error);
            errors.Add(at, errorPath, $"path {path} addresses nothing: {error}");
            return;
        }
        sequence.Items[index] = value;
    }

    /// <summary>Parses a <c>--set</c> value as a YAML scalar or flow node, without anchors or aliases; errors are located in File "--set".</summary>
    public static YamlNode? ParseValue(string text, ErrorList errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ScalarNode(new SourceMark(CommandLineFile, 1, 1), "", isPlain: true);
        }
        var checkedText = SafeText.Check(text, CommandLineFile, errors);
        if (checkedText is null)
        {
            return null;
        }
        return PlainValue.Check(checkedText, CommandLineFile, errors) ? YamlTreeReader.Read(checkedText, CommandLineFile, errors) : null;
    }
}
