using Sihui.ChainSim.Benchmarks.Processes;
using static Sihui.ChainSim.Benchmarks.Processes.Chainsim;

namespace Sihui.ChainSim.Benchmarks;

/// <summary>
/// The tool as the README installs it (<c>dotnet pack</c>, then <c>dotnet tool install</c>, ReadyToRun), and cold
/// starts: a new process per run of Sihui, the installed tool, the built dll and the README's <c>dotnet run</c>, interleaved.
/// </summary>
public static class ColdStartBenchmarks
{
    /// <summary>Packs and installs chainsim into <paramref name="scratch"/> (its own tool path and package cache, so no stale copy is used).</summary>
    public static Chainsim Install(BenchmarkSettings s, string scratch, TextWriter log)
    {
        var artifacts = Path.Combine(scratch, "artifacts");
        var tools = Path.Combine(scratch, "tools");
        var dotnet = Command.Of("dotnet", "dotnet");
        log.WriteLine("installing chainsim the README's way (dotnet pack, dotnet tool install)");
        var pack = dotnet.Time(s.RepositoryRoot, ["pack", "src/Sihui.ChainSim.Cli", "-c", "Release", "-o", artifacts, "-v", "q", "-nologo"]);
        var install = dotnet.Time(s.RepositoryRoot, ["tool", "install", "--tool-path", tools, "--add-source", artifacts, "Sihui.ChainSim.Cli"],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(scratch, "packages") });
        log.WriteLine($"packed in {pack:F0} s, installed in {install:F0} s");
        return new Chainsim(Command.Of("chainsim (installed tool)", Path.Combine(tools, "chainsim")), s.RepositoryRoot);
    }

    public static void Run(BenchmarkSettings s, Chainsim installed, Chainsim built, string scratch, BenchmarkResults results, TextWriter log)
    {
        var sihui = Path.GetRelativePath(s.RepositoryRoot, s.SihuiScenario);
        var trials = Text(s.ColdTrials);
        var dotnetRun = Command.Of("dotnet run --project src/Sihui.ChainSim.Cli -c Release --", "dotnet", "run", "--project", "src/Sihui.ChainSim.Cli", "-c", "Release", "--");
        (string Label, Command Command)[] commands =
        [
            ($"chainsim run {sihui} --trials {trials} (installed tool)", installed.Command),
            ($"dotnet chainsim.dll run {sihui} --trials {trials} (built, JIT)", built.Command),
            ($"dotnet run --project src/Sihui.ChainSim.Cli -c Release -- run {sihui} --trials {trials}", dotnetRun),
        ];
        var seconds = commands.ToDictionary(c => c.Label, _ => new List<double>());
        // The first run after an install reads every file from disk; it is not one of the repetitions.
        installed.Run(installed.Command, sihui, Path.Combine(scratch, "cold-first"), "--trials", trials);
        for (var rep = 0; rep < s.ColdRepetitions; rep++)
        {
            for (var c = 0; c < commands.Length; c++)
            {
                var (label, command) = commands[(c + rep) % commands.Length];
                var wall = installed.Run(command, sihui, Path.Combine(scratch, $"cold-{c}"), "--trials", trials).WallSeconds;
                log.WriteLine($"cold: {label}: {wall:F2} s");
                seconds[label].Add(wall);
            }
        }
        results.ColdStart.AddRange(commands.Select(c => new ColdStartRow(c.Label, new Samples(seconds[c.Label]))));
    }
}
