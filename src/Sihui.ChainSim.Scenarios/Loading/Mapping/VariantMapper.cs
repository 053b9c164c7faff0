using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Maps `variants`, keeping each set entry's nodes so the loader can apply them with their marks.</summary>
public static class VariantMapper
{
    /// <summary>The keys of one variant.</summary>
    public static readonly string[] Keys = ["description", "set"];

    public static IReadOnlyList<VariantSource> Variants(MapReader top)
    {
        var node = top.Get("variants");
        var result = new List<VariantSource>();
        if (node is null)
        {
            return result;
        }
        if (node is not MappingNode mapping)
        {
            top.Context.Error(node, "variants", $"expected a mapping of variant names, got {node.Describe()}");
            return result;
        }
        foreach (var entry in mapping.Entries)
        {
            var path = MappingContext.Child("variants", entry.Key.Value);
            var reader = new MapReader(entry.Value, path, top.Context, Keys);
            if (reader.IsMapping)
            {
                result.Add(Variant(entry.Key.Value, reader));
            }
        }
        return result;
    }

    private static VariantSource Variant(string name, MapReader r)
    {
        var description = r.String("description") ?? "";
        var entries = new List<MappingEntry>();
        var set = r.Get("set");
        if (set is MappingNode setMapping)
        {
            entries.AddRange(setMapping.Entries);
        }
        else if (set is not null)
        {
            r.Context.Error(set, r.PathOf("set"), $"expected a mapping of path: value, got {set.Describe()}");
        }
        var overrides = entries.Select(e => new OverrideDefinition(e.Key.Value, FlowWriter.Write(e.Value))).ToList();
        return new VariantSource(new VariantDefinition(name, description, overrides), entries);
    }
}

/// <summary>A mapped variant and the set entries it came from.</summary>
public sealed record VariantSource(VariantDefinition Definition, IReadOnlyList<MappingEntry> Entries);
