namespace Sihui.ChainSim.Scenarios.Loading.Saved;

/// <summary>The text of a sidecar of saved variants and the name its errors carry.</summary>
public sealed record SavedVariantsText(string Text, string File);
