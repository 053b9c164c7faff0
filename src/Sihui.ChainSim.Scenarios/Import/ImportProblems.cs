using Sihui.ChainSim.Scenarios.Tabular;

namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>Collects an import's problems so the user sees them all at once, up to a cap, then how many more.</summary>
public sealed class ImportProblems
{
    public const int Max = 100;
    private readonly List<TableProblem> _items = [];
    private int _omitted;

    public bool Any => _items.Count > 0;

    public void Add(TablePlace place, string message)
    {
        if (_items.Count < Max)
        {
            _items.Add(new TableProblem(place, message));
        }
        else
        {
            _omitted++;
        }
    }

    public void ThrowIfAny()
    {
        if (!Any)
        {
            return;
        }
        var items = _omitted == 0 ? _items : [.. _items, new TableProblem(_items[^1].Place with { Column = 0 }, $"and {_omitted} more problems (only the first {Max} are listed)")];
        throw new TableFileException(items);
    }
}
