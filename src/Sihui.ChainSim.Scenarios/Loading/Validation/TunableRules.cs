using Sihui.ChainSim.Scenarios.Loading.Mapping;
using Sihui.ChainSim.Scenarios.Loading.Overrides;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Validation;

/// <summary>Tunables are sliders: min &lt;= max, step &gt; 0, and the path must reach a number in the file as written.</summary>
public static class TunableRules
{
    public static void Check(ValidationContext v, YamlNode fileTree)
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
            else if (!Scalars.TryNumber(node, out _))
            {
                v.Fail($"{path}.path", $"path {t.Path} must address a number, but it holds {node.Describe()}");
            }
        }
    }
}
