using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sihui.ChainSim.Benchmarks.Processes;

/// <summary>A server this benchmark started (redis-server, a silo, <c>chainsim serve</c>): waited for by a line it prints, stopped by its PID.</summary>
public sealed class BackgroundProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BackgroundProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Add(e.Data);
        _process.ErrorDataReceived += (_, e) => Add(e.Data);
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => _exited.TrySetResult();
    }

    public int Id => _process.Id;

    public static BackgroundProcess Start(Command command, string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = Process.Start(command.StartInfo(workingDirectory, args, environment)) ?? throw new InvalidOperationException($"could not start {command.Label}");
        var background = new BackgroundProcess(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return background;
    }

    /// <summary>The first line it printed that contains <paramref name="text"/>; throws if it exits or stays silent too long.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_gate)
            {
                if (_lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
                {
                    return line;
                }
            }
            if (_exited.Task.IsCompleted)
            {
                throw new InvalidOperationException($"process {Id} exited before printing '{text}': {Output()}");
            }
            await Task.Delay(50).ConfigureAwait(false);
        }
        throw new TimeoutException($"process {Id} did not print '{text}' within {timeout}: {Output()}");
    }

    public string Output()
    {
        lock (_gate)
        {
            return string.Join('\n', _lines.TakeLast(20));
        }
    }

    /// <summary>SIGTERM, then SIGKILL if it has not gone within a few seconds.</summary>
    public void Dispose()
    {
        if (!_exited.Task.IsCompleted)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                term.WaitForExit();
            }
            if (!_exited.Task.Wait(TimeSpan.FromSeconds(5)))
            {
                _process.Kill();
                _process.WaitForExit();
            }
        }
        _process.Dispose();
    }

    /// <summary>A TCP port nobody listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_gate)
        {
            _lines.Add(line);
        }
    }
}
