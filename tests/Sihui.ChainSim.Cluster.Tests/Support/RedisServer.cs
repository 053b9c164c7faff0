namespace Sihui.ChainSim.Cluster.Tests.Support;

/// <summary>A throwaway redis-server on loopback and a free port, with nothing saved to disk.</summary>
public sealed class RedisServer : IDisposable
{
    private TestProcess _process;

    private RedisServer(TestProcess process, int port) => (_process, Port) = (process, port);

    public int Port { get; }

    public string Connection => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var port = FreePorts.Next();
        var server = new RedisServer(StartProcess(port), port);
        try
        {
            await WaitUntilListeningAsync(port).ConfigureAwait(false);
        }
        catch
        {
            server.Dispose();
            throw;
        }
        return server;
    }

    /// <summary>Kills redis-server by its PID and starts a new, empty one on the same port, as a crashed Redis without persistence comes back.</summary>
    public async Task RestartEmptyAsync()
    {
        _process.Dispose();
        _process = StartProcess(Port);
        await WaitUntilListeningAsync(Port).ConfigureAwait(false);
    }

    public void Dispose() => _process.Dispose();

    private static TestProcess StartProcess(int port) => TestProcess.Start(RedisAvailability.ServerPath!, [
        "--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--save", "", "--appendonly", "no", "--daemonize", "no",
    ]);

    private static async Task WaitUntilListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync("127.0.0.1", port).ConfigureAwait(false);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50).ConfigureAwait(false);
            }
        }
    }
}
