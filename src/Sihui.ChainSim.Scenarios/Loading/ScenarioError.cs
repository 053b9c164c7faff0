namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>One problem in a scenario file, located by file, line, column and key path.</summary>
public sealed record ScenarioError(string File, int Line, int Column, string Path, string Message)
{
    public override string ToString() =>
        Path.Length == 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}:{Line}:{Column}: {Path}: {Message}";
}
