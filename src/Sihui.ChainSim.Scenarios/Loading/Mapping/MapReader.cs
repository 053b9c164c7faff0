using Sihui.ChainSim.Scenarios.Definitions;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>
/// Reads the keys of one YAML mapping into typed values. Unknown keys, missing keys and wrong types become
/// errors; a failed value comes back as a <see cref="Placeholder"/> so mapping can go on.
/// </summary>
public sealed class MapReader
{
    private readonly MappingNode? map;
    private readonly MappingContext context;

    public MapReader(YamlNode node, string path, MappingContext context, IReadOnlyList<string> keys)
    {
        this.context = context;
        Path = path;
        Node = node;
        context.Marks.AddIfMissing(path, node.Mark);
        if (node is not MappingNode mapping)
        {
            context.Error(node, path, $"expected a mapping with keys like `{keys[0]}`, got {node.Describe()}");
            return;
        }
        map = mapping;
        foreach (var entry in mapping.Entries.Where(e => !keys.Contains(e.Key.Value)))
        {
            var hint = Suggest.Nearest(entry.Key.Value, keys);
            var message = hint is null
                ? $"unknown key `{entry.Key.Value}`; the keys allowed here are {string.Join(", ", keys)}"
                : $"unknown key `{entry.Key.Value}` (did you mean `{hint}`?)";
            context.Error(entry.Key, MappingContext.Child(path, entry.Key.Value), message);
        }
    }

    public string Path { get; }
    public YamlNode Node { get; }
    public bool IsMapping => map is not null;
    public MappingContext Context => context;

    public string PathOf(string key) => MappingContext.Child(Path, key);

    /// <summary>The value under <paramref name="key"/>; null when absent or YAML null. Reports a missing required key.</summary>
    public YamlNode? Get(string key, bool required = false)
    {
        var entry = map?.Find(key);
        var value = entry?.Value;
        if (!Scalars.IsNull(value))
        {
            // Point at the key: for a block mapping or list the value starts on a later line.
            context.Marks.Add(PathOf(key), entry!.Key.Mark);
            return value;
        }
        if (required && map is not null)
        {
            var at = map.Find(key)?.Key ?? (YamlNode)map;
            context.Error(at, PathOf(key), $"missing required key `{key}`");
        }
        return null;
    }

    public string? String(string key, bool required = false) =>
        Scalar(key, required, Placeholder.Text, "text", (YamlNode n, out string v) => (v = (n as ScalarNode)?.Value!) is not null, out var value) ? value : null;

    public double? Number(string key, bool required = false) =>
        Scalar<double>(key, required, Placeholder.Number, "a number", Scalars.TryNumber, out var value) ? value : null;

    public int? Integer(string key, bool required = false) =>
        Scalar<int>(key, required, Placeholder.Integer, "a whole number", Scalars.TryInt, out var value) ? value : null;

    /// <summary>A yes/no key: plain `true` or `false`.</summary>
    public bool? Flag(string key, bool required = false) =>
        Scalar(key, required, false, "true or false", Scalars.TryFlag, out var value) ? value : null;

    private delegate bool Parse<T>(YamlNode node, out T value);

    /// <summary>
    /// False when the key is absent and optional. Otherwise true, with the value, or the placeholder when the key
    /// is missing (reported) or holds the wrong type (reported).
    /// </summary>
    private bool Scalar<T>(string key, bool required, T placeholder, string expected, Parse<T> parse, out T value)
    {
        value = placeholder;
        var node = Get(key, required);
        if (node is null)
        {
            return required;
        }
        if (!parse(node, out var parsed))
        {
            context.Error(node, PathOf(key), $"expected {expected}, got {node.Describe()}");
            return true;
        }
        value = parsed;
        return true;
    }

    /// <summary>A DIST under <paramref name="key"/>; a <paramref name="yearly"/> one may carry `persistence`.</summary>
    public Distribution? Distribution(string key, bool required = false, bool yearly = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return required ? new ConstantDistribution(Placeholder.Number) : null;
        }
        return DistributionReader.Read(node, PathOf(key), context, yearly);
    }

    /// <summary>The items of a list; a missing or null list is empty.</summary>
    public IReadOnlyList<YamlNode> List(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return [];
        }
        if (node is SequenceNode sequence)
        {
            return sequence.Items;
        }
        context.Error(node, PathOf(key), $"expected a list, got {node.Describe()}");
        return [];
    }

    /// <summary>A list of numbers, such as ramp_up.</summary>
    public IReadOnlyList<double>? Numbers(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }
        var items = List(key);
        var result = new List<double>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = MappingContext.Item(PathOf(key), i);
            context.Marks.Add(itemPath, items[i].Mark);
            if (Scalars.TryNumber(items[i], out var value))
            {
                result.Add(value);
            }
            else
            {
                context.Error(items[i], itemPath, $"expected a number, got {items[i].Describe()}");
            }
        }
        return node is SequenceNode ? result : null;
    }

    /// <summary>A mapping from calendar year to number, such as land_additions.</summary>
    public IReadOnlyDictionary<int, double> YearMap(string key) =>
        KeyedNumbers(key, "a year", k => (Scalars.TryInt(k, out var year), year));

    /// <summary>A mapping from a name to a number, such as industry_mix.</summary>
    public IReadOnlyDictionary<string, double> NamedNumbers(string key) => KeyedNumbers(key, "a name", k => (true, k.Value));

    private Dictionary<TKey, double> KeyedNumbers<TKey>(string key, string keyKind, Func<ScalarNode, (bool Ok, TKey Key)> parseKey)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, double>();
        var node = Get(key);
        if (node is null)
        {
            return result;
        }
        if (node is not MappingNode mapping)
        {
            context.Error(node, PathOf(key), $"expected a mapping of {keyKind} to a number, got {node.Describe()}");
            return result;
        }
        foreach (var entry in mapping.Entries)
        {
            var entryPath = MappingContext.Child(PathOf(key), entry.Key.Value);
            context.Marks.Add(entryPath, entry.Value.Mark);
            var (ok, parsedKey) = parseKey(entry.Key);
            if (!ok)
            {
                context.Error(entry.Key, entryPath, $"expected {keyKind} as the key, got {entry.Key.Describe()}");
            }
            else if (!Scalars.TryNumber(entry.Value, out var value))
            {
                context.Error(entry.Value, entryPath, $"expected a number, got {entry.Value.Describe()}");
            }
            else
            {
                result[parsedKey] = value;
            }
        }
        return result;
    }
}
