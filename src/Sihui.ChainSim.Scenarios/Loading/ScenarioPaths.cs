using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Overrides;
using Sihui.ChainSim.Scenarios.Loading.Reading;

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
        var errors = new ErrorList();
        var checkedText = SafeText.Check(text, fileName, errors);
        errors.ThrowIfAny();
        var (_, working, _, _) = ScenarioLoader.Overridden(checkedText!, fileName, options ?? new ScenarioLoadOptions(), errors);
        errors.ThrowIfAny();
        var node = TreePath.Resolve(working, path, out _);
        return node is not null && Scalars.TryNumber(node, out var value) ? value : null;
    }
}
