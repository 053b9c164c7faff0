namespace Sihui.ChainSim.Scenarios.Tabular;

/// <summary>One problem of a table file, at its place; the message says what is wrong and, where it can, what to write.</summary>
public sealed record TableProblem(TablePlace Place, string Message)
{
    public override string ToString() => $"{Place}: {Message}";
}

/// <summary>A table file (or an import built from one) was refused; every problem names its sheet, row and column.</summary>
public sealed class TableFileException(IReadOnlyList<TableProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
{
    public IReadOnlyList<TableProblem> Problems { get; } = problems;

    public TableFileException(TableProblem problem) : this([problem])
    {
    }
}
