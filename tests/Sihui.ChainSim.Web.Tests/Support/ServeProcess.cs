using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sihui.ChainSim.Web.Tests.Support;

/// <summary>
/// A real <c>chainsim serve</c> process (<c>dotnet chainsim.dll serve ...</c>) on a free loopback port. It is stopped by
/// its PID, never by name; its memory is read from /proc.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ServeProcess(Process process, int port) => (_process, Port) = (process, port);

    public int Port { get; }
    public int Pid => _process.Id;
    public string BaseAddress => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";
    public string Output => string.Join(Environment.NewLine, _lines);
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    /// <summary>The built chainsim.dll: the project reference puts it beside the tests.</summary>
    public static string ChainsimDll
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "chainsim.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("chainsim.dll is not beside the tests; build the test project", path);
        }
    }

    /// <summary>Starts <c>serve FOLDER --port P ARGS...</c>; unless <paramref name="waitReady"/> is false, waits for its "serving" line.</summary>
    public static async Task<ServeProcess> StartAsync(string folder, IEnumerable<string>? arguments = null, bool waitReady = true)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ChainsimDll, "serve", folder, "--port", port.ToString(CultureInfo.InvariantCulture) }.Concat(arguments ?? []))
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment.Remove("CHAINSIM_TOKEN");
        var process = new Process { StartInfo = info };
        var serve = new ServeProcess(process, port);
        process.OutputDataReceived += (_, e) => serve.Add(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (waitReady)
        {
            try
            {
                await serve.WaitForLineAsync("serving ", TimeSpan.FromSeconds(90));
            }
            catch
            {
                serve.Dispose();
                throw;
            }
        }
        return serve;
    }

    public async Task<string> WaitForLineAsync(string prefix, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }
            if (_process.HasExited)
            {
                break;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"no '{prefix}' line from serve (PID {Pid}, exited: {_process.HasExited}); output:{Environment.NewLine}{Output}");
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>Resident memory now (VmRSS), in bytes.</summary>
    public long ResidentBytes() => Status("VmRSS:");

    /// <summary>The most resident memory since start or the last <see cref="ResetPeak"/> (VmHWM), in bytes.</summary>
    public long PeakResidentBytes() => Status("VmHWM:");

    /// <summary>Starts the peak count afresh (Linux: writing 5 to clear_refs resets VmHWM).</summary>
    public void ResetPeak() => File.WriteAllText($"/proc/{Pid}/clear_refs", "5");

    public void Dispose()
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
        _process.Dispose();
    }

    private long Status(string key)
    {
        var line = File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith(key, StringComparison.Ordinal));
        return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
