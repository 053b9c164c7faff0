using Sihui.ChainSim.Scenarios.Format;
using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>Refuses a second row with an id or a name already seen (the same firm listed twice), and ids the format cannot hold.</summary>
internal sealed class UniqueRows(string what, string rowWord)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private static readonly System.Text.RegularExpressions.Regex IdShape = new(IdPatternAttribute.Pattern);

    public bool CheckId(string id, int row, TablePlace place, ImportProblems problems)
    {
        if (!IdShape.IsMatch(id))
        {
            problems.Add(place, $"'{id}' cannot be an id: use letters, digits, '_' and '-' only");
            return false;
        }
        if (_ids.TryGetValue(id, out var first))
        {
            problems.Add(place, $"a second {what} with id '{id}'; {rowWord} {first} has it already");
            return false;
        }
        _ids[id] = row;
        return true;
    }

    public bool CheckName(string name, int row, TablePlace place, ImportProblems problems)
    {
        var plain = HeaderText.Normalize(name);
        if (_names.TryGetValue(plain, out var first))
        {
            problems.Add(place, $"a second {what} named '{name}'; {rowWord} {first} has it already (a firm listed twice?)");
            return false;
        }
        _names[plain] = row;
        return true;
    }
}
