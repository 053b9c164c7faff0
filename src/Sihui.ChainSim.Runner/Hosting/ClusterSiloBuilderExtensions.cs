using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Clustering.Redis;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;
using Sihui.ChainSim.Grains;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Runner.Hosting;

/// <summary>Registers a silo that joins a Redis-backed cluster, and a client that talks to one.</summary>
public static class ClusterSiloBuilderExtensions
{
    /// <summary>
    /// Redis membership and run storage, this silo's endpoints and failure-detection timing, and the grains. The
    /// <c>Cluster</c> and <c>Silo</c> sections of the host's configuration are bound here and validated once, at start.
    /// </summary>
    public static ISiloBuilder AddChainSimClusterSilo(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<IValidateOptions<ClusterConnectionOptions>, ChainSimClusterOptionsValidator>();
        silo.Services.AddSingleton<IValidateOptions<SiloHostOptions>, ChainSimClusterOptionsValidator>();
        silo.Services.AddOptions<ClusterConnectionOptions>().BindConfiguration(ClusterConnectionOptions.SectionName).ValidateOnStart();
        silo.Services.AddOptions<SiloHostOptions>().BindConfiguration(SiloHostOptions.SectionName).ValidateOnStart();

        silo.UseRedisClustering(_ => { });
        silo.Services.AddOptions<RedisClusteringOptions>().Configure<IOptions<ClusterConnectionOptions>>(
            (o, cluster) => o.ConfigurationOptions = RedisConnection.Parse(cluster.Value));
        silo.Services.AddOptions<ClusterOptions>().Configure<IOptions<ClusterConnectionOptions>>(
            (o, cluster) => (o.ClusterId, o.ServiceId) = (cluster.Value.ClusterId, cluster.Value.ServiceId));
        silo.Services.AddOptions<EndpointOptions>().Configure<IOptions<SiloHostOptions>>((o, host) => ConfigureEndpoints(o, host.Value));
        silo.Services.AddOptions<ClusterMembershipOptions>().Configure<IOptions<SiloHostOptions>>((o, host) => ConfigureMembership(o, host.Value));
        silo.AddRedisGrainStorage(GrainStorageNames.Runs, builder => builder.Configure<Serializer, IOptions<ClusterConnectionOptions>>((o, serializer, cluster) =>
        {
            o.ConfigurationOptions = RedisConnection.Parse(cluster.Value);
            o.DeleteStateOnClear = true;
            // A marker whose run and silos all vanished must not stay in Redis for ever.
            o.EntryExpiry = RunMarkerExpiry;
            // Orleans' own binary format: the run's result types already have serializers for messages.
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
        // Losing the membership (Redis restarted empty, or declared dead) replaces the host instead of ending the process.
        silo.Services.AddSingleton<MembershipLoss>();
        silo.Services.AddSingleton<IFatalErrorHandler, RejoiningFatalErrorHandler>();
        DetachMembershipTableOnLoss(silo.Services);
        silo.Services.AddHostedService<MembershipWatch>();
        return silo.AddChainSimGrains();
    }

    /// <summary>Wraps the Redis membership table registered above in <see cref="DetachableMembershipTable"/>.</summary>
    private static void DetachMembershipTableOnLoss(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IMembershipTable));
        services.Remove(registered);
        services.AddSingleton<IMembershipTable>(provider => new DetachableMembershipTable(
            registered.ImplementationFactory is { } factory ? (IMembershipTable)factory(provider)
                : registered.ImplementationInstance as IMembershipTable
                ?? (IMembershipTable)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!),
            provider.GetRequiredService<MembershipLoss>()));
    }

    /// <summary>How long a run's "running" marker may stay in Redis when nothing removes it.</summary>
    public static readonly TimeSpan RunMarkerExpiry = TimeSpan.FromHours(6);

    /// <summary>How often a client re-reads the list of gateways, so silos that join (or join again) take work soon.</summary>
    public static readonly TimeSpan GatewayListRefreshPeriod = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Failure detection sized for small clusters (docs/cluster.md, "Timings"). A silo missing
    /// <see cref="ClusterMembershipOptions.NumMissedTableIAmAliveLimit"/> heartbeats no longer counts as a voter, so
    /// when two of three silos die the survivor's own vote declares them dead within seconds; with Orleans' defaults
    /// they stayed Active for about two minutes.
    /// </summary>
    public static void ConfigureMembership(ClusterMembershipOptions membership, SiloHostOptions host)
    {
        membership.ProbeTimeout = host.ProbeTimeout;
        membership.NumMissedProbesLimit = host.MissedProbesLimit;
        membership.TableRefreshTimeout = host.TableRefreshTimeout;
        membership.IAmAliveTablePublishTimeout = host.IAmAliveInterval;
        membership.NumMissedTableIAmAliveLimit = 2;
        membership.NumVotesForDeathDeclaration = 2;
        membership.DefunctSiloExpiration = TimeSpan.FromHours(1);
        membership.DefunctSiloCleanupPeriod = TimeSpan.FromMinutes(10);
    }

    /// <summary>A client of the cluster named by <paramref name="cluster"/>, found through the Redis membership table.</summary>
    public static IClientBuilder UseChainSimCluster(this IClientBuilder client, ClusterConnectionOptions cluster)
    {
        client.UseRedisClustering(o => o.ConfigurationOptions = RedisConnection.Parse(cluster));
        client.Services.AddChainSimContractsSerializer();
        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
        // New silos are picked up quickly, so their gateways share the load.
        client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = GatewayListRefreshPeriod);
        return client;
    }

    private static void ConfigureEndpoints(EndpointOptions endpoints, SiloHostOptions host)
    {
        var address = Resolve(host.AdvertisedAddress);
        endpoints.AdvertisedIPAddress = address;
        endpoints.SiloPort = host.SiloPort;
        endpoints.GatewayPort = host.GatewayPort;
        var listen = host.ListenOnAnyAddress ? IPAddress.Any : address;
        endpoints.SiloListeningEndpoint = new IPEndPoint(listen, host.SiloPort);
        endpoints.GatewayListeningEndpoint = new IPEndPoint(listen, host.GatewayPort);
    }

    /// <summary>An IP address as written, or a host name's first IPv4 address (a compose service name, say).</summary>
    public static IPAddress Resolve(string addressOrHost)
    {
        if (IPAddress.TryParse(addressOrHost, out var address))
        {
            return address;
        }
        var addresses = Dns.GetHostAddresses(addressOrHost);
        return addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
            ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"Silo:AdvertisedAddress '{addressOrHost}' does not resolve to an address");
    }
}
