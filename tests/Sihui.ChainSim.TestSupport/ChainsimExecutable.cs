namespace Sihui.ChainSim.TestSupport;

/// <summary>The built chainsim.dll, started as <c>dotnet chainsim.dll ...</c> as a user or a deployed silo would.</summary>
public static class ChainsimExecutable
{
    /// <summary>
    /// Python that resets SIGINT to its default action and then execs its arguments: a process started from a
    /// background script inherits SIGINT ignored, and a SIGINT test would prove nothing.
    /// </summary>
    public const string DefaultSigint =
        "import os,signal,sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])";

    public static string DllPath { get; } = Find();

    /// <summary>Starts <c>dotnet chainsim.dll ARGS</c> through <see cref="DefaultSigint"/>, so it takes SIGINT as a user's would.</summary>
    public static TestProcess StartWithDefaultSigint(
        IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null) =>
        TestProcess.Start("/usr/bin/python3", ["-c", DefaultSigint, "dotnet", DllPath, .. arguments], environment, workingDirectory);

    private static string Find()
    {
        // A project reference to the CLI builds it first and copies it beside the tests.
        var beside = Path.Combine(AppContext.BaseDirectory, "chainsim.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "chainsim.runtimeconfig.json")))
        {
            return beside;
        }
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var built = Path.Combine(RepositoryPaths.Root, "src", "Sihui.ChainSim.Cli", "bin", configuration, "net10.0", "chainsim.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException("chainsim.dll is not built; build the test project", built);
    }
}
