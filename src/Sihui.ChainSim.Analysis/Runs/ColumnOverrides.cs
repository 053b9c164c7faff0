using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>The overrides a column applies on top of its file, the variant's first and then its own, the last write to a path winning.</summary>
public static class ColumnOverrides
{
    public static IReadOnlyList<OverrideDefinition> Effective(ScenarioColumn column)
    {
        var ordered = new List<OverrideDefinition>();
        if (column.Variant is { } name)
        {
            var file = ScenarioLoader.LoadText(column.ScenarioText, column.FileName, new ScenarioLoadOptions { SavedVariants = column.SavedVariants });
            var variant = file.Variants.FirstOrDefault(v => v.Name == name)
                ?? throw new ArgumentException($"the scenario has no variant '{name}'", nameof(column));
            ordered.AddRange(variant.Set);
        }
        ordered.AddRange(column.Set);
        var result = new List<OverrideDefinition>();
        foreach (var item in ordered)
        {
            result.RemoveAll(o => o.Path == item.Path);
            result.Add(item);
        }
        return result;
    }
}
