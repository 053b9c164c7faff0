using System.Globalization;

namespace Sihui.ChainSim.Cluster.Tests.Support;

/// <summary>One <c>chainsim silo</c> process with its own free ports and fast failure detection.</summary>
public sealed class SiloProcess : IDisposable
{
    // Generous: on a loaded two-core machine five silos starting at once have taken over a minute to join.
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(180);
    private readonly TestProcess _process;

    private SiloProcess(TestProcess process, int siloPort, int gatewayPort) => (_process, SiloPort, GatewayPort) = (process, siloPort, gatewayPort);

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public int Pid => _process.Pid;

    public bool HasExited => _process.HasExited;

    public string Output => _process.Output;

    /// <summary>The "silo ready: ..." line it printed.</summary>
    public string ReadyLine { get; private set; } = "";

    /// <param name="defaultTimings">Use the shipped failure-detection defaults instead of the tests' faster ones.</param>
    public static async Task<SiloProcess> StartAsync(string redis, string clusterId, bool defaultTimings = false)
    {
        var (siloPort, gatewayPort) = (FreePorts.Next(), FreePorts.Next());
        string[] timings = defaultTimings ? [] : ["--probe-timeout", "00:00:01", "--missed-probes", "2", "--table-refresh", "00:00:02"];
        var process = TestProcess.Start("dotnet", [
            ChainsimExecutable.DllPath, "silo",
            "--redis", redis, "--cluster-id", clusterId,
            "--silo-port", siloPort.ToString(CultureInfo.InvariantCulture),
            "--gateway-port", gatewayPort.ToString(CultureInfo.InvariantCulture),
            .. timings,
        ]);
        var silo = new SiloProcess(process, siloPort, gatewayPort);
        try
        {
            silo.ReadyLine = await process.WaitForLineAsync("silo ready: ", ReadyTimeout).ConfigureAwait(false);
        }
        catch
        {
            silo.Dispose();
            throw;
        }
        return silo;
    }

    /// <summary>Kills the silo like a crash: no goodbye to the cluster.</summary>
    public void Kill() => _process.Kill();

    public void Dispose()
    {
        _process.Dispose();
        // A killed silo cannot remove its own health file.
        File.Delete(Path.Combine(Path.GetTempPath(), $"chainsim-silo-{GatewayPort.ToString(CultureInfo.InvariantCulture)}.health"));
    }
}
