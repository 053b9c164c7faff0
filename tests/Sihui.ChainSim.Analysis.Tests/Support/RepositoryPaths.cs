namespace Sihui.ChainSim.Analysis.Tests.Support;

/// <summary>Finds the repository's folders from the test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name);

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
