namespace Sihui.ChainSim.Cluster.Tests.Support;

/// <summary>The built chainsim.dll, started as <c>dotnet chainsim.dll ...</c> like a deployed silo.</summary>
public static class ChainsimExecutable
{
    public static string DllPath { get; } = Find();

    private static string Find()
    {
        // The project reference builds the CLI first and copies it beside the tests.
        var beside = Path.Combine(AppContext.BaseDirectory, "chainsim.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "chainsim.runtimeconfig.json")))
        {
            return beside;
        }
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var root = RepositoryPaths.Root;
        var built = Path.Combine(root, "src", "Sihui.ChainSim.Cli", "bin", configuration, "net10.0", "chainsim.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException("chainsim.dll not built", built);
    }
}
