namespace Sihui.ChainSim.Cluster.Tests.Support;

/// <summary>One throwaway Redis for the whole collection, and a three-silo cluster on it for the tests that share one.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public RedisServer? Redis { get; private set; }

    public ProcessCluster? Cluster { get; private set; }

    public async Task InitializeAsync()
    {
        if (RedisAvailability.ServerPath is null)
        {
            return;
        }
        Redis = await RedisServer.StartAsync();
        Cluster = await ProcessCluster.StartAsync(Redis.Connection, silos: 3);
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
        Redis?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "process cluster";
}
