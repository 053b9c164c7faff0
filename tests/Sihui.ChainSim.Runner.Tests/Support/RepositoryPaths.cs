namespace Sihui.ChainSim.Runner.Tests.Support;

/// <summary>Finds the repository's folders from the test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static IEnumerable<string> ShippedScenarios() =>
        Directory.EnumerateFiles(Scenarios, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sihui.ChainSim.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Sihui.ChainSim.sln not found above " + AppContext.BaseDirectory);
    }
}
