using System.Net;
using System.Net.Sockets;

namespace Sihui.ChainSim.TestSupport;

/// <summary>Loopback ports the OS says are free right now; each silo, Redis and server a test starts gets its own.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
