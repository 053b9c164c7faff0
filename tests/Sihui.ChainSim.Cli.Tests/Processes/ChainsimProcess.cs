using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Sihui.ChainSim.Cli.Tests.Processes;

/// <summary>
/// A real <c>chainsim</c> process, started through python3 so it begins with SIGINT at its default action (a process
/// started from a background script inherits SIGINT ignored, and a SIGINT test would prove nothing). Killed by PID on dispose.
/// </summary>
public sealed class ChainsimProcess : IDisposable
{
    private const string DefaultSigint =
        "import os,signal,sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ChainsimProcess(Process process) => _process = process;

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything printed so far, stdout and stderr, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _lines);

    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "chainsim.dll");

    public static ChainsimProcess Start(string workingDirectory, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("/usr/bin/python3")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", DefaultSigint, "dotnet", DllPath }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("CHAINSIM", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        var process = new Process { StartInfo = info };
        var child = new ChainsimProcess(process);
        process.OutputDataReceived += (_, e) => child.Add(e.Data);
        process.ErrorDataReceived += (_, e) => child.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for a line containing <paramref name="text"/>; fails with the output so far if it does not come.</summary>
    public async Task WaitForLineAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new TimeoutException($"no '{text}' from PID {Pid} (exited: {_process.HasExited}); output:{Environment.NewLine}{Output}");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Sends <paramref name="signal"/> (TERM, INT, ...) with kill(1), then times how long the process takes to end.</summary>
    public async Task<TimeSpan> SignalAndWaitAsync(string signal, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-s", signal, Pid.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"PID {Pid} still running {timeout.TotalSeconds:0} s after SIG{signal}; output:{Environment.NewLine}{Output}");
        }
        return clock.Elapsed;
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash or <c>kill -9</c> would.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
