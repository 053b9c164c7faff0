namespace Sihui.ChainSim.Scenarios.Loading.Mapping;

/// <summary>
/// Stand-ins for values that failed to map. They let mapping finish so every error is reported, and the
/// validator skips them (NaN fails every comparison); a definition holding one is never returned.
/// </summary>
public static class Placeholder
{
    public const double Number = double.NaN;
    public const int Integer = int.MinValue;
    public const string Text = "";
}
