using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Maps each item of a top-level list, with error paths like <c>enterprises[3]</c>.</summary>
public static class ListMapper
{
    public static IReadOnlyList<T> Map<T>(MapReader parent, string key, string[] itemKeys, Func<MapReader, T> mapItem)
    {
        var items = parent.List(key);
        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var reader = new MapReader(items[i], MappingContext.Item(parent.PathOf(key), i), parent.Context, itemKeys);
            if (reader.IsMapping)
            {
                result.Add(mapItem(reader));
            }
        }
        return result;
    }

    /// <summary>A nested optional mapping, such as `price` or `attraction`; null when absent.</summary>
    public static T? Optional<T>(MapReader parent, string key, string[] keys, Func<MapReader, T> map)
        where T : class
    {
        var node = parent.Get(key);
        if (node is null)
        {
            return null;
        }
        var reader = new MapReader(node, parent.PathOf(key), parent.Context, keys);
        return reader.IsMapping ? map(reader) : null;
    }

    /// <summary>Name defaults to the id.</summary>
    public static string Name(MapReader reader, string id) => reader.String("name") ?? id;

    public static bool IsMapping(YamlNode? node) => node is MappingNode;
}
