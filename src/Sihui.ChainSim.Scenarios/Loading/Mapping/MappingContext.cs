using Sihui.ChainSim.Scenarios.Loading.Tree;
using Sihui.ChainSim.Scenarios.Loading.Validation;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>What every mapping step shares: the error list, the source map and the range checks found on the way.</summary>
public sealed class MappingContext(ErrorList errors, SourceMap marks)
{
    private readonly List<Action<ValidationContext>> checks = [];

    public ErrorList Errors { get; } = errors;
    public SourceMap Marks { get; } = marks;

    /// <summary>
    /// Range checks of the values read, in file order. They run with the validator, after the reference rules,
    /// so a file's errors keep the order they always had: structure, references, ranges, the rest.
    /// </summary>
    public IReadOnlyList<Action<ValidationContext>> Checks => checks;

    public void Error(YamlNode node, string path, string message) => Errors.Add(node.Mark, path, message);

    public void Later(Action<ValidationContext> check) => checks.Add(check);

    public static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Item(string path, int index) => $"{path}[{index}]";
}
