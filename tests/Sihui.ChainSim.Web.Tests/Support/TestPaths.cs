namespace Sihui.ChainSim.Web.Tests.Support;

/// <summary>Where the web tests put what they leave behind; the repository's files are in <c>RepositoryPaths</c>.</summary>
public static class TestPaths
{
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
}
