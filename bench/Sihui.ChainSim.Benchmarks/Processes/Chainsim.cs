using System.Globalization;
using System.Text.Json;

namespace Sihui.ChainSim.Benchmarks.Processes;

/// <summary>The chainsim a benchmark times (built, or installed as a tool), and how it runs a scenario in a process of its own.</summary>
public sealed class Chainsim(Command command, string repositoryRoot)
{
    public Command Command { get; } = command;

    public sealed record Outcome(double WallSeconds, long PeakWorkingSetBytes);

    /// <summary>The chainsim.dll built in this program's own configuration (so a stale build of the other is never timed), run through <c>dotnet</c>.</summary>
    public static Chainsim Built(string root)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var dll = Path.Combine(root, "src", "Sihui.ChainSim.Cli", "bin", configuration, "net10.0", "chainsim.dll");
        return File.Exists(dll)
            ? new Chainsim(Command.Of("dotnet chainsim.dll", "dotnet", dll), root)
            : throw new InvalidOperationException($"chainsim.dll is not built; run `dotnet build -c {configuration} src/Sihui.ChainSim.Cli` first");
    }

    /// <summary><c>chainsim run</c> with --quiet into <paramref name="outDirectory"/>; reads the peak memory it recorded in run.json.</summary>
    public Outcome Run(string scenario, string outDirectory, params string[] extra) => Run(Command, scenario, outDirectory, extra);

    public Outcome Run(Command command, string scenario, string outDirectory, params string[] extra)
    {
        string[] args = ["run", scenario, "--quiet", "--out", outDirectory, .. extra];
        var wall = command.Time(repositoryRoot, args);
        using var runInfo = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDirectory, "run.json")));
        return new Outcome(wall, runInfo.RootElement.GetProperty("peak_working_set_bytes").GetInt64());
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
