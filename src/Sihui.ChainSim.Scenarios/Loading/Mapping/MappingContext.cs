using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>What every mapping step shares: the error list and the source map.</summary>
public sealed class MappingContext(ErrorList errors, SourceMap marks)
{
    public ErrorList Errors { get; } = errors;
    public SourceMap Marks { get; } = marks;

    public void Error(YamlNode node, string path, string message) => Errors.Add(node.Mark, path, message);

    public static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Item(string path, int index) => $"{path}[{index}]";
}
