using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Overrides;

/// <summary>
/// Resolves PATHs such as <c>enterprises.jintian.growth.mean</c>: mapping keys by name, list items by their `id`
/// (or, for lists without ids such as linkages and ramp_up, by a 0-based index).
/// </summary>
public static class TreePath
{
    /// <summary>Walks every segment but the last; returns the container to change, or null with <paramref name="error"/> set.</summary>
    public static YamlNode? Parent(YamlNode root, string path, out string last, out string? error)
    {
        var segments = path.Split('.');
        last = segments[^1];
        if (segments.Any(s => s.Length == 0))
        {
            error = $"path '{path}' is empty or has an empty segment";
            return null;
        }
        var current = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var next = Step(current, segments[i], Describe(segments, i), out error);
            if (next is null)
            {
                error = $"path {path} addresses nothing: {error}";
                return null;
            }
            current = next;
        }
        if (current is ScalarNode)
        {
            error = $"path {path} addresses nothing: {Describe(segments, segments.Length - 1)} is a single value, not a mapping or list";
            return null;
        }
        error = null;
        return current;
    }

    /// <summary>The node at the full path, or null with <paramref name="error"/> set.</summary>
    public static YamlNode? Resolve(YamlNode root, string path, out string? error)
    {
        var parent = Parent(root, path, out var last, out error);
        if (parent is null)
        {
            return null;
        }
        var segments = path.Split('.');
        var node = Step(parent, last, Describe(segments, segments.Length - 1), out error);
        if (node is null)
        {
            error = $"path {path} addresses nothing: {error}";
        }
        return node;
    }

    /// <summary>One step down: a mapping key, or a list item by id or index; <paramref name="where"/> names the container in errors.</summary>
    public static YamlNode? Step(YamlNode container, string segment, string where, out string? error)
    {
        error = null;
        switch (container)
        {
            case MappingNode mapping:
                var value = mapping.Get(segment);
                if (value is null)
                {
                    error = $"no key `{segment}` in {where}{Suggest.Hint(segment, mapping.Entries.Select(e => e.Key.Value))}";
                }
                return value;
            case SequenceNode sequence:
                var index = IndexOf(sequence, segment);
                if (index < 0)
                {
                    var ids = sequence.Items.Select(IdOf).OfType<string>().ToList();
                    error = $"no item with id '{segment}' in {where}{Suggest.Hint(segment, ids, '\'')}";
                    return null;
                }
                return sequence.Items[index];
            default:
                error = $"{where} is a single value, so it has no `{segment}`";
                return null;
        }
    }

    /// <summary>The index of the item with this id, else of this 0-based position; -1 when neither.</summary>
    public static int IndexOf(SequenceNode sequence, string segment)
    {
        var byId = sequence.Items.FindIndex(item => IdOf(item) == segment);
        if (byId >= 0)
        {
            return byId;
        }
        var hasIds = sequence.Items.Any(item => IdOf(item) is not null);
        return !hasIds && int.TryParse(segment, out var position) && position >= 0 && position < sequence.Items.Count
            && segment.All(char.IsAsciiDigit) ? position : -1;
    }

    private static string? IdOf(YamlNode item) => (item as MappingNode)?.Get("id") is ScalarNode id ? id.Value : null;

    public static string Describe(string[] segments, int count) =>
        count == 0 ? "the top level" : string.Join('.', segments.Take(count));
}
