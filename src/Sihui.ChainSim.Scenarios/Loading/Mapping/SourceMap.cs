using Sihui.ChainSim.Scenarios.Loading.Tree;

namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>Remembers where each mapped path came from, so the validator can point at the offending node.</summary>
public sealed class SourceMap(SourceMark root)
{
    private readonly Dictionary<string, SourceMark> marks = new(StringComparer.Ordinal);

    public void Add(string path, SourceMark mark) => marks[path] = mark;

    /// <summary>Keeps an earlier mark (a key's position beats its block value's first line).</summary>
    public void AddIfMissing(string path, SourceMark mark) => marks.TryAdd(path, mark);

    /// <summary>The mark of <paramref name="path"/>, or of its nearest mapped parent.</summary>
    public SourceMark this[string path]
    {
        get
        {
            var current = path;
            while (current.Length > 0)
            {
                if (marks.TryGetValue(current, out var mark))
                {
                    return mark;
                }
                var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
                current = cut > 0 ? current[..cut] : "";
            }
            return root;
        }
    }
}
