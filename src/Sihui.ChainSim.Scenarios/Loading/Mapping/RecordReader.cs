using System.Text.RegularExpressions;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>
/// Reads a YAML mapping into a definition record, key by key as <see cref="FormatType"/> declares them. Unknown,
/// missing and mistyped keys become errors, with a <see cref="Placeholder"/> in their place so reading goes on;
/// plain ranges are queued as checks for the validator. Absent optional keys keep the record's defaults.
/// </summary>
public static partial class RecordReader
{
    public static T? Read<T>(YamlNode node, string path, MappingContext context)
        where T : class => (T?)Read(typeof(T), node, path, context);

    /// <summary>The record, or null when <paramref name="node"/> is not a mapping (already reported).</summary>
    public static object? Read(Type type, YamlNode node, string path, MappingContext context)
    {
        var format = FormatType.Of(type);
        var reader = new MapReader(node, path, context, format.Keys);
        return reader.IsMapping ? Build(format, reader, start: null) : null;
    }

    private static object Build(FormatType format, MapReader r, object? start)
    {
        var instance = format.IsPositional ? null : start ?? format.Defaults();
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var member in format.Members)
        {
            var present = member.Kind == MemberKind.Flattened
                ? (true, Build(FormatType.Of(member.ItemType!), r, member.Property.GetValue(instance)))
                : MemberReader.Read(member, r);
            if (present is (true, var value))
            {
                values[member.Key] = value;
            }
        }
        foreach (var member in format.Members.Where(m => m.DefaultFrom is not null && !values.ContainsKey(m.Key)))
        {
            values[member.Key] = values.GetValueOrDefault(member.DefaultFrom!);
        }
        if (format.OneOf is { } oneOf)
        {
            ExactlyOne(oneOf, values, r);
        }
        if (instance is null)
        {
            var keys = format.Members.ToDictionary(m => m.Property.Name, m => m.Key, StringComparer.OrdinalIgnoreCase);
            return format.Constructor.Invoke(format.Constructor.GetParameters()
                .Select(p => values.TryGetValue(keys[p.Name!], out var value) ? value : p.HasDefaultValue ? p.DefaultValue : null)
                .ToArray());
        }
        foreach (var member in format.Members.Where(m => values.ContainsKey(m.Key)))
        {
            member.Property.SetValue(instance, values[member.Key]);
        }
        return instance;
    }

    private static void ExactlyOne(ExactlyOneOfAttribute oneOf, Dictionary<string, object?> values, MapReader r)
    {
        // A record without an id (an observation) is named by its kind alone.
        var who = values.GetValueOrDefault("id") is string id ? $"{oneOf.Kind} '{id}'" : oneOf.Kind;
        var (first, second) = (values.ContainsKey(oneOf.First), values.ContainsKey(oneOf.Second));
        if (first && second)
        {
            r.Context.Error(r.Get(oneOf.Second)!, r.PathOf(oneOf.Second),
                $"{who} has both `{oneOf.First}` and `{oneOf.Second}`; give exactly one");
        }
        else if (!first && !second)
        {
            r.Context.Error(r.Node, r.Path, $"{who} needs exactly one of `{oneOf.First}` or `{oneOf.Second}`");
        }
    }

    /// <summary>The text of an id key, checked against the id pattern.</summary>
    internal static void CheckId(MapReader r, string key, string id)
    {
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            r.Context.Error(r.Get(key)!, r.PathOf(key), $"id '{id}' may hold only letters, digits, '_' and '-'");
        }
    }

    [GeneratedRegex(IdPatternAttribute.Pattern)]
    private static partial Regex IdPattern();
}
