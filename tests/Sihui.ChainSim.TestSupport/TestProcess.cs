using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Sihui.ChainSim.TestSupport;

/// <summary>
/// A process a test started: its stdout and stderr lines are kept, it starts without the caller's CHAINSIM*
/// variables (a test gives it what it needs), and it is killed by its PID, never by name.
/// </summary>
public sealed class TestProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _newLine = new(0);

    private TestProcess(Process process) => _process = process;

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything printed so far, stdout and stderr, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _lines);

    public static TestProcess Start(
        string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }
        foreach (var argument in arguments)
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
        var child = new TestProcess(process);
        process.OutputDataReceived += (_, e) => child.Add(e.Data);
        process.ErrorDataReceived += (_, e) => child.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for a line starting with <paramref name="prefix"/>; fails with the output so far if it does not come.</summary>
    public Task<string> WaitForLineAsync(string prefix, TimeSpan timeout) =>
        WaitForAsync(l => l.StartsWith(prefix, StringComparison.Ordinal), $"'{prefix}' line", timeout);

    /// <summary>Waits for a line containing <paramref name="text"/>; fails with the output so far if it does not come.</summary>
    public Task<string> WaitForTextAsync(string text, TimeSpan timeout) =>
        WaitForAsync(l => l.Contains(text, StringComparison.Ordinal), $"'{text}'", timeout);

    /// <summary>Waits for the process to end by itself and returns its exit code; fails if it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"PID {Pid} still running after {timeout}; output:{Environment.NewLine}{Output}");
        }
        // The output readers may still be draining; this waits for them.
        _process.WaitForExit();
        return _process.ExitCode;
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

    /// <summary>Kills the process (and any children) by PID, at once, as a crash or <c>kill -9</c> would.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
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
        _newLine.Dispose();
    }

    private async Task<string> WaitForAsync(Func<string, bool> match, string what, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }
            var left = deadline - DateTime.UtcNow;
            if (_process.HasExited)
            {
                // Its last lines may still be on their way; once the readers drain, look one more time.
                _process.WaitForExit();
                if (_lines.FirstOrDefault(match) is { } last)
                {
                    return last;
                }
            }
            if (left <= TimeSpan.Zero || _process.HasExited)
            {
                throw new TimeoutException($"no {what} from PID {Pid} (exited: {_process.HasExited}); output:{Environment.NewLine}{Output}");
            }
            await _newLine.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
            _newLine.Release();
        }
    }
}
