namespace Sihui.ChainSim.Scenarios.Loading.Reading;

/// <summary>Aborts tree building on a hard limit (depth, alias expansion, document count); caught by <see cref="YamlTreeReader"/>.</summary>
internal sealed class TreeRefusedException(ScenarioError error) : Exception(error.Message)
{
    public ScenarioError Error { get; } = error;
}
