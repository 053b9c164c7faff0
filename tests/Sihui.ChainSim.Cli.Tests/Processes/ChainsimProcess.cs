namespace Sihui.ChainSim.Cli.Tests.Processes;

/// <summary>A real <c>chainsim</c> process that takes SIGINT as a user's would; killed by PID on dispose.</summary>
public static class ChainsimProcess
{
    public static TestProcess Start(string workingDirectory, IEnumerable<string> arguments, IDictionary<string, string>? environment = null) =>
        ChainsimExecutable.StartWithDefaultSigint(arguments, environment, workingDirectory);
}
