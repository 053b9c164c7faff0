using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Sihui.ChainSim.Grains;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>The embedded silo's configuration: the silo the CLI and the web app start in their own process.</summary>
public static class EmbeddedSiloBuilderExtensions
{
    /// <summary>
    /// Localhost clustering on a free port, no gateway, in-memory storage (a run cannot outlive this process anyway),
    /// and the simulation grains.
    /// </summary>
    /// <remarks>
    /// The storage keeps state in Orleans' own binary format, as the cluster's Redis storage does. Its default, JSON
    /// through Newtonsoft.Json, loaded and compiled that library for the first run marker of every process.
    /// </remarks>
    public static ISiloBuilder UseChainSimEmbedded(this ISiloBuilder silo) => silo
        .UseLocalhostClustering(siloPort: FreeTcpPort(), gatewayPort: 0)
        .AddMemoryGrainStorageAsDefault(BinaryState)
        .AddMemoryGrainStorage(GrainStorageNames.Runs, BinaryState)
        .AddChainSimGrains();

    private static void BinaryState(OptionsBuilder<MemoryGrainStorageOptions> options) =>
        options.Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));

    // Two processes can bind the same fixed silo port without an error, so every process asks the OS for its own.
    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
