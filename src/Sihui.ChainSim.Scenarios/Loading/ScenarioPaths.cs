using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Overrides;
using Sihui.ChainSim.Scenarios.Loading.Reading;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>Reads single values by PATH, after the same variant and overrides a run would apply.</summary>
public static class ScenarioPaths
{
    /// <summary>
    /// The plain number at <paramref name="path"/> once the options' variant and <c>--set</c> overrides are applied,
    /// or null when the path addresses nothing or something other than a number (a distribution mapping, say).
    /// Throws <see cref="ScenarioValidationException"/> when the text cannot be read or an override does not apply.
    /// </summary>
    public static double? ReadNumber(string text, string path, ScenarioLoadOptions? options = null, string fileName = "scenario.yaml")
    {
        var node = Resolve(text, path, options, fileName);
        return node is not null && Scalars.TryNumber(node, out var value) ? value : null;
    }

    /// <summary>
    /// <see cref="ReadNumber"/> for several paths at once, from one reading of the text and one application of the
    /// overrides: a tornado reads every tunable's current value.
    /// </summary>
    public static IReadOnlyList<double?> ReadNumbers(string text, IReadOnlyList<string> paths, ScenarioLoadOptions? options = null, string fileName = "scenario.yaml")
    {
        var working = Working(text, options, fileName);
        return paths.Select(path => TreePath.Resolve(working, path, out _) is { } node && Scalars.TryNumber(node, out var value) ? value : (double?)null).ToArray();
    }

    /// <summary>The value at <paramref name="path"/> as one line of YAML flow text (an override value), or null when the path addresses nothing.</summary>
    public static string? ReadYaml(string text, string path, ScenarioLoadOptions? options = null, string fileName = "scenario.yaml")
    {
        var node = Resolve(text, path, options, fileName);
        return node is null ? null : FlowWriter.Write(node);
    }

    private static YamlNode? Resolve(string text, string path, ScenarioLoadOptions? options, string fileName) =>
        TreePath.Resolve(Working(text, options, fileName), path, out _);

    private static YamlNode Working(string text, ScenarioLoadOptions? options, string fileName)
    {
        var errors = new ErrorList();
        var checkedText = SafeText.Check(text, fileName, errors);
        errors.ThrowIfAny();
        var (_, working, _, _) = ScenarioLoader.Overridden(checkedText!, fileName, options ?? new ScenarioLoadOptions(), errors);
        errors.ThrowIfAny();
        return working;
    }
}
