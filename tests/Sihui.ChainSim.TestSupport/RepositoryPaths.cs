namespace Sihui.ChainSim.TestSupport;

/// <summary>The repository's folders and shipped files, found by walking up from the test binaries.</summary>
public static class RepositoryPaths
{
    private const string SolutionFile = "Sihui.ChainSim.sln";

    /// <summary>The folder holding Sihui.ChainSim.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped scenarios folder, scenarios/.</summary>
    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string SchemaPath => Path.Combine(Root, "schemas", "scenario.schema.json");

    /// <summary>The shipped Sihui 2024 baseline.</summary>
    public static string SihuiScenario => Scenario("sihui-2024.yaml");

    /// <summary>The shipped tutorial example.</summary>
    public static string Tutorial => Scenario(Path.Combine("examples", "tutorial.yaml"));

    /// <summary>A file under scenarios/, by its path relative to that folder.</summary>
    public static string Scenario(string name) => Path.Combine(Scenarios, name);

    /// <summary>A file by its path relative to the repository root.</summary>
    public static string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Every *.yaml under scenarios/, as full paths in ordinal order.</summary>
    public static IReadOnlyList<string> ShippedScenarios() =>
        Directory.EnumerateFiles(Scenarios, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every *.yaml under scenarios/, relative to the root with '/' separators (stable test names).</summary>
    public static IReadOnlyList<string> ShippedScenarioRelativePaths() =>
        ShippedScenarios()
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FindRoot()
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
