using System.Globalization;

namespace Sihui.ChainSim.Web.Tests.Support;

/// <summary>
/// A real <c>chainsim serve</c> process (<c>dotnet chainsim.dll serve ...</c>) on a free loopback port. It is stopped by
/// its PID, never by name; its memory is read from /proc.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly TestProcess _process;

    private ServeProcess(TestProcess process, int port) => (_process, Port) = (process, port);

    public int Port { get; }
    public int Pid => _process.Pid;
    public string BaseAddress => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";
    public string Output => _process.Output;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>serve FOLDER --port P ARGS...</c>; unless <paramref name="waitReady"/> is false, waits for its "serving" line.</summary>
    public static async Task<ServeProcess> StartAsync(string folder, IEnumerable<string>? arguments = null, bool waitReady = true)
    {
        var port = FreePorts.Next();
        var process = TestProcess.Start("dotnet",
            [ChainsimExecutable.DllPath, "serve", folder, "--port", port.ToString(CultureInfo.InvariantCulture), .. arguments ?? []]);
        var serve = new ServeProcess(process, port);
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

    public Task<string> WaitForLineAsync(string prefix, TimeSpan timeout) => _process.WaitForLineAsync(prefix, timeout);

    public Task<int> WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync(timeout);

    /// <summary>Resident memory now (VmRSS), in bytes.</summary>
    public long ResidentBytes() => Status("VmRSS:");

    /// <summary>The most resident memory since start or the last <see cref="ResetPeak"/> (VmHWM), in bytes.</summary>
    public long PeakResidentBytes() => Status("VmHWM:");

    /// <summary>Starts the peak count afresh (Linux: writing 5 to clear_refs resets VmHWM).</summary>
    public void ResetPeak() => File.WriteAllText($"/proc/{Pid}/clear_refs", "5");

    public void Dispose() => _process.Dispose();

    private long Status(string key)
    {
        var line = File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith(key, StringComparison.Ordinal));
        return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
