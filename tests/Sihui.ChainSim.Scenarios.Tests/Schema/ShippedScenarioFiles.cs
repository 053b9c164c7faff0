namespace Sihui.ChainSim.Scenarios.Tests.Schema;

/// <summary>The scenario files shipped under scenarios/, as xunit theory data over <see cref="RepositoryPaths"/>.</summary>
public static class ShippedScenarioFiles
{
    /// <summary>Every *.yaml under scenarios/, as paths relative to the repository root (stable test names).</summary>
    public static IReadOnlyList<string> RelativePaths() => RepositoryPaths.ShippedScenarioRelativePaths();

    /// <summary>xunit theory data: one row per shipped scenario file.</summary>
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var path in RelativePaths())
        {
            data.Add(path);
        }
        return data;
    }

    public static string FullPath(string relativePath) => RepositoryPaths.FullPath(relativePath);
}
