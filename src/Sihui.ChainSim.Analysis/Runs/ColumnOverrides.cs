using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Analysis.Runs;

/// <summary>The overrides a column applies on top of its file, the variant's first and then its own, the last write to a path winning.</summary>
public static class ColumnOverrides
{
    public static IReadOnlyList<OverrideDefinition> Effective(LabelledRun column)
    {
        var options = column.Request.LoadOptions;
        var ordered = new List<OverrideDefinition>();
        if (options.Variant is { } name)
        {
            var file = ScenarioCompiler.Load(column.Request with { LoadOptions = new() { SavedVariants = options.SavedVariants } });
            var variant = file.Variants.FirstOrDefault(v => v.Name == name)
                ?? throw new ArgumentException($"the scenario has no variant '{name}'", nameof(column));
            ordered.AddRange(variant.Set);
        }
        ordered.AddRange(options.Set);
        var result = new List<OverrideDefinition>();
        foreach (var item in ordered)
        {
            result.RemoveAll(o => o.Path == item.Path);
            result.Add(item);
        }
        return result;
    }
}
