using StackExchange.Redis;

namespace Sihui.ChainSim.Runner.Cluster;

/// <summary>Turns the configured Redis connection string into the client's options, retrying while Redis starts.</summary>
public static class RedisConnection
{
    public static ConfigurationOptions Parse(ClusterConnectionOptions options)
    {
        var redis = ConfigurationOptions.Parse(options.Redis ?? throw new InvalidOperationException("Cluster:Redis is not set"));
        // Compose starts Redis and the silos together: keep trying instead of failing the first connect.
        redis.AbortOnConnectFail = false;
        return redis;
    }
}
