using StackExchange.Redis;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Cluster.Tests.Support;

/// <summary>The run grains' "running" markers as Redis holds them: <c>{ServiceId}/state/run/{runId}</c> keys.</summary>
public static class RunMarkers
{
    public static async Task<HashSet<string>> KeysAsync(string redis, string serviceId = ClusterConnectionOptions.DefaultServiceId)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var key in server.KeysAsync(pattern: $"{serviceId}/state/run/*"))
        {
            keys.Add(key.ToString());
        }
        return keys;
    }

    /// <summary>Seconds left before the key expires; null when it has no expiry.</summary>
    public static async Task<TimeSpan?> TimeToLiveAsync(string redis, string key)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        return await connection.GetDatabase().KeyTimeToLiveAsync(key);
    }
}
