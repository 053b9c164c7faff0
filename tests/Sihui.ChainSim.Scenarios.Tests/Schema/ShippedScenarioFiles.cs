namespace Sihui.ChainSim.Scenarios.Tests.Schema;

/// <summary>Finds the repository root and the scenario files shipped under scenarios/.</summary>
public static class ShippedScenarioFiles
{
    private const string SolutionFile = "Sihui.ChainSim.sln";

    /// <summary>The folder holding Sihui.ChainSim.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SchemaPath => Path.Combine(RepositoryRoot, "schemas", "scenario.schema.json");

    /// <summary>Every *.yaml under scenarios/, as paths relative to the repository root (stable test names).</summary>
    public static IReadOnlyList<string> RelativePaths() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "scenarios"), "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

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

    public static string FullPath(string relativePath) => Path.Combine(RepositoryRoot, relativePath);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
