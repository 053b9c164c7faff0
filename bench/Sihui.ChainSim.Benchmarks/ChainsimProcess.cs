using System.Diagnostics;
using System.Text.Json;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>Runs the built <c>chainsim</c> in a process of its own, for timings and memory that include everything.</summary>
public sealed class ChainsimProcess(string repositoryRoot)
{
    /// <summary>The built chainsim.dll.</summary>
    public string Dll { get; } = Locate(repositoryRoot);

    public sealed record Outcome(double WallSeconds, long PeakWorkingSetBytes);

    /// <summary>Runs <c>chainsim run</c> with the given arguments and reads the peak memory it recorded in run.json.</summary>
    public Outcome Run(string scenario, string outDirectory, params string[] extra)
    {
        string[] args = [Dll, "run", scenario, "--quiet", "--out", outDirectory, .. extra];
        var wall = Execute("dotnet", args);
        using var runInfo = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDirectory, "run.json")));
        return new Outcome(wall, runInfo.RootElement.GetProperty("peak_working_set_bytes").GetInt64());
    }

    /// <summary>Builds chainsim in Release before a full benchmark, so the timed binary matches the sources.</summary>
    public sealed class Builder(string repositoryRoot)
    {
        public void Build() => Execute(repositoryRoot, "dotnet", ["build", "-c", "Release", "src/Sihui.ChainSim.Cli"]);
    }

    public double Execute(string fileName, IEnumerable<string> args) => Execute(repositoryRoot, fileName, args);

    /// <summary>Runs a command to completion and returns its wall seconds; throws with its stderr when it fails.</summary>
    private static double Execute(string repositoryRoot, string fileName, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }
        return seconds;
    }

    // The chainsim built in this program's own configuration, so a stale build of the other one is never timed.
    private static string Locate(string root)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var dll = Path.Combine(root, "src", "Sihui.ChainSim.Cli", "bin", configuration, "net10.0", "chainsim.dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"chainsim.dll is not built; run `dotnet build -c {configuration} src/Sihui.ChainSim.Cli` first");
    }
}
