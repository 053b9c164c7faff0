using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Reports;

/// <summary>
/// One value a run changed from the scenario file, and who changed it: <c>variant NAME</c>, <c>set</c> (the command
/// line) or <c>page</c> (the web page's sliders). Outputs list these so no report passes for the file as written.
/// </summary>
public sealed record RunOverride(string Path, string Value, string Source)
{
    public const string FromSet = "set";
    public const string FromPage = "page";
    public const string VariantPrefix = "variant ";

    public static string FromVariant(string name) => VariantPrefix + name;

    /// <summary>
    /// The applied variant's values (as the file defines them), then <paramref name="set"/> tagged with
    /// <paramref name="setSource"/>: the order they were applied in.
    /// </summary>
    public static IReadOnlyList<RunOverride> Of(ScenarioDefinition definition, IReadOnlyList<OverrideDefinition> set, string setSource = FromSet)
    {
        var list = new List<RunOverride>();
        if (definition.AppliedVariant is { } name && definition.Variants.FirstOrDefault(v => v.Name == name) is { } variant)
        {
            list.AddRange(variant.Set.Select(o => new RunOverride(o.Path, o.Value, FromVariant(name))));
        }
        list.AddRange(set.Select(o => new RunOverride(o.Path, o.Value, setSource)));
        return list;
    }

    /// <summary>"path=value (source)" for one-line tables.</summary>
    public override string ToString() => $"{Path}={Value} ({Source})";
}
