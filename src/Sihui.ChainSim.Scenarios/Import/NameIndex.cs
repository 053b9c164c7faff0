using System.Text.RegularExpressions;
using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Loading;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>
/// Turns an industry or park cell into an id. With a base scenario the cell must be one of its ids or names (a
/// bilingual name "铜 Copper" also answers to "铜"); without one, each new cell becomes an item of its own.
/// </summary>
public sealed class NameIndex
{
    private static readonly Regex IdShape = new(IdPatternAttribute.Pattern);
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguous = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Name)> _items = [];
    private readonly string _prefix;

    public NameIndex(string what, string prefix, IEnumerable<(string Id, string Name)> known, bool fixedList)
    {
        What = what;
        _prefix = prefix;
        FixedList = fixedList;
        foreach (var (id, name) in known)
        {
            Add(id, name);
        }
        Known = _items.Count;
    }

    public string What { get; }

    /// <summary>True when the items come from a base scenario, so an unknown cell is an error, not a new item.</summary>
    public bool FixedList { get; }

    /// <summary>The items in order, the new ones last.</summary>
    public IReadOnlyList<(string Id, string Name)> Items => _items;

    /// <summary>How many items came from the base scenario.</summary>
    public int Known { get; }

    /// <summary>The id the cell means, or null with the reason reported at the cell.</summary>
    public string? Resolve(string cell, Tabular.TablePlace place, ImportProblems problems)
    {
        var id = Resolve(cell, out var problem);
        if (problem is not null)
        {
            problems.Add(place, problem);
        }
        return id;
    }

    /// <summary>The id the cell means, or null with the reason (an unknown or ambiguous name under a base).</summary>
    public string? Resolve(string cell, out string? problem)
    {
        problem = null;
        foreach (var key in Keys(cell))
        {
            if (_ambiguous.Contains(key))
            {
                problem = $"'{cell}' names more than one {What}; write its id ({string.Join(", ", _items.Where(i => Keys(i.Name).Contains(key)).Select(i => i.Id))})";
                return null;
            }
            if (_byKey.TryGetValue(key, out var id))
            {
                return id;
            }
        }
        if (FixedList)
        {
            var known = string.Join(", ", _items.Take(8).Select(i => i.Id == i.Name ? i.Id : $"{i.Id} ({i.Name})")) + (_items.Count > 8 ? ", ..." : "");
            problem = $"'{cell}' is not a {What} of the base scenario{Suggest.Hint(cell, _items.SelectMany(i => new[] { i.Id, i.Name }), '\'')}; its {What}s are {known}";
            return null;
        }
        var newId = IdShape.IsMatch(cell) && !_items.Any(i => i.Id == cell) ? cell : NextId();
        Add(newId, cell);
        return newId;
    }

    private void Add(string id, string name)
    {
        _items.Add((id, name));
        _byKey[Exact(id)] = id;
        foreach (var key in Keys(name).Where(k => !k.StartsWith("id:", StringComparison.Ordinal)).Distinct())
        {
            if (_byKey.TryGetValue(key, out var other) && other != id)
            {
                _ambiguous.Add(key);
            }
            _byKey.TryAdd(key, id);
        }
    }

    private string NextId()
    {
        for (var n = _items.Count + 1; ; n++)
        {
            var id = _prefix + n.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            if (!_items.Any(i => i.Id == id))
            {
                return id;
            }
        }
    }

    private static string Exact(string id) => "id:" + id;

    /// <summary>The whole name, then its first word ("铜" of "铜 Copper"), both folded as headers are.</summary>
    private static List<string> Keys(string name)
    {
        var keys = new List<string> { Exact(name.Trim()), "name:" + HeaderText.Normalize(name) };
        var firstWord = name.Trim().Split(' ', 2)[0];
        if (firstWord.Length < name.Trim().Length)
        {
            keys.Add("name:" + HeaderText.Normalize(firstWord));
        }
        return keys;
    }
}
