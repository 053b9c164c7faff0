namespace Sihui.ChainSim.Scenarios.Loading.Tree;

/// <summary>Where a node came from: a file (or "--set") and a 1-based line and column.</summary>
public readonly record struct SourceMark(string File, int Line, int Column)
{
    public ScenarioError Error(string path, string message) => new(File, Line, Column, path, message);
}
