namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>Thrown when a scenario cannot be loaded; carries every error found, not only the first.</summary>
public sealed class ScenarioValidationException(IReadOnlyList<ScenarioError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}
