using Sihui.ChainSim.Scenarios.Definitions;

namespace Sihui.ChainSim.Scenarios.Loading;

/// <summary>Reads a scenario file into a validated <see cref="ScenarioDefinition"/>, or throws <see cref="ScenarioValidationException"/>.</summary>
public static class ScenarioLoader
{
    public static ScenarioDefinition LoadFile(string path, ScenarioLoadOptions? options = null) =>
        throw new ScenarioValidationException([new ScenarioError(path, 0, 0, "", "the loader is not written yet")]);

    public static ScenarioDefinition LoadText(string text, string fileName, ScenarioLoadOptions? options = null) =>
        throw new ScenarioValidationException([new ScenarioError(fileName, 0, 0, "", "the loader is not written yet")]);
}
