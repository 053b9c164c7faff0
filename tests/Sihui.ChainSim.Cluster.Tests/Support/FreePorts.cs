using System.Net;
using System.Net.Sockets;

namespace Sihui.ChainSim.Cluster.Tests.Support;

/// <summary>Ports the OS says are free right now; each silo and Redis gets its own.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
