namespace Sihui.ChainSim.Benchmarks;

/// <summary>Finds the repository from the current folder or the program's folder.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Sihui.ChainSim.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("run from inside the Sihui.ChainSim repository");
    }
}
