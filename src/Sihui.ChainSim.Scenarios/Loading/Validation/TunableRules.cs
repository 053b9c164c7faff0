using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Overrides;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>
/// Tunables are sliders: min &lt;= max, step &gt; 0, and the path must reach a number in the file as written.
/// The range bounds the slider only: a file value, variant or override outside it runs, with a warning.
/// </summary>
public static class TunableRules
{
    public static void Check(ValidationContext v, YamlNode fileTree, YamlNode workingTree)
    {
        var tunables = v.Scenario.Tunables;
        for (var i = 0; i < tunables.Count; i++)
        {
            var t = tunables[i];
            var path = $"tunables[{i}]";
            if (t.Min > t.Max)
            {
                v.Fail($"{path}.max", $"tunable max ({t.Max}) must be >= min ({t.Min})");
            }
            if (t.Step <= 0)
            {
                v.Fail($"{path}.step", $"tunable step must be > 0, got {t.Step}");
            }
            if (t.Path.Length == 0)
            {
                continue;
            }
            var node = TreePath.Resolve(fileTree, t.Path, out var error);
            if (node is null)
            {
                v.Fail($"{path}.path", error!);
            }
            else if (!Scalars.TryNumber(node, out var fileValue))
            {
                v.Fail($"{path}.path", $"path {t.Path} must address a number, but it holds {node.Describe()}");
            }
            else if (t.Min <= t.Max)
            {
                OutsideRange(v, t, node, fileValue, "the file's value");
                if (TreePath.Resolve(workingTree, t.Path, out _) is { } set && set.Mark != node.Mark && Scalars.TryNumber(set, out var setValue))
                {
                    OutsideRange(v, t, set, setValue, set.Mark.File == OverrideApplier.CommandLineFile ? "the value set" : "the variant's value");
                }
            }
        }
    }

    private static void OutsideRange(ValidationContext v, TunableDefinition t, YamlNode at, double value, string whose)
    {
        if (value < t.Min || value > t.Max)
        {
            v.WarnAt(at.Mark, t.Path,
                $"{whose} {Format(value)} lies outside the tunable's range {Format(t.Min)} to {Format(t.Max)}; it runs, but the slider cannot show it");
        }
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
