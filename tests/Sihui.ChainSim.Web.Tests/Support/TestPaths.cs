namespace Sihui.ChainSim.Web.Tests.Support;

/// <summary>Where the repository's files are, found by walking up from the test output folder.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = Find();

    public static string SihuiScenario => Path.Combine(RepoRoot, "scenarios", "sihui-2024.yaml");
    public static string Tutorial => Path.Combine(RepoRoot, "scenarios", "examples", "tutorial.yaml");

    /// <summary>A folder for this run's artefacts (screenshots) under the test output.</summary>
    public static string Artefacts
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "artefacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sihui.ChainSim.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root from " + AppContext.BaseDirectory);
    }
}
