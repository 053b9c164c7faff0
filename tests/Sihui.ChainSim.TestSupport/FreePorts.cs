using System.Net;
using System.Net.Sockets;

namespace Sihui.ChainSim.TestSupport;

/// <summary>
/// Loopback ports that are free right now; each silo, Redis and server a test starts gets its own.
/// They come from below the kernel's ephemeral range (32768 and up on Linux), so an outgoing connection of another
/// process cannot take a port between the check here and the child process binding it, as it could with port 0.
/// </summary>
public static class FreePorts
{
    private const int First = 20000;
    private const int Count = 12000;
    private static readonly object Gate = new();
    // A random start per test process keeps parallel test processes apart.
    private static int _next = Random.Shared.Next(Count);

    public static int Next()
    {
        lock (Gate)
        {
            for (var attempt = 0; attempt < Count; attempt++)
            {
                var port = First + _next;
                _next = (_next + 1) % Count;
                if (IsFree(port))
                {
                    return port;
                }
            }
        }
        throw new InvalidOperationException($"no free loopback port in {First}-{First + Count - 1}");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
