using System.Diagnostics;

namespace Sihui.ChainSim.Benchmarks.Processes;

/// <summary>A way to start a program (e.g. <c>dotnet chainsim.dll</c>, the installed <c>chainsim</c>, <c>taskset -c 0 …</c>).</summary>
public sealed record Command(string Label, string FileName, IReadOnlyList<string> Prefix)
{
    public static Command Of(string label, string fileName, params string[] prefix) => new(label, fileName, prefix);

    /// <summary>The same command, pinned to one core.</summary>
    public Command PinnedTo(int core) => new($"taskset -c {core} {Label}", "taskset", ["-c", core.ToString(System.Globalization.CultureInfo.InvariantCulture), FileName, .. Prefix]);

    public ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(FileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in Prefix.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return start;
    }

    /// <summary>Runs to completion and returns the wall seconds from start to exit; throws with its output when it fails.</summary>
    public double Time(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(workingDirectory, args, environment);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{start.FileName} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {Tail(stderr.Result)}{Tail(stdout.Result)}");
        }
        return seconds;
    }

    private static string Tail(string text) => text.Length > 2000 ? text[^2000..] : text;
}
