namespace Sihui.ChainSim.Scenarios.Import;

/// <summary>The scenario text an import makes (already validated), and what it says about the columns it used.</summary>
public sealed record ImportResult(string Text, IReadOnlyList<string> Notes, int Enterprises, int Projects);
