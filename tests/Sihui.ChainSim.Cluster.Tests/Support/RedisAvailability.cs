namespace Sihui.ChainSim.Cluster.Tests.Support;

/// <summary>
/// Whether redis-server is installed. Without it the cluster tests are skipped with a reason, unless
/// CHAINSIM_REQUIRE_REDIS=1 (set by .ci/run), which turns the skip into a failure.
/// </summary>
public static class RedisAvailability
{
    public const string RequireVariable = "CHAINSIM_REQUIRE_REDIS";

    public static string? ServerPath { get; } = Find("redis-server");

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Skips the calling test, or fails it when Redis is required, if redis-server is missing.</summary>
    public static void SkipIfMissing()
    {
        if (ServerPath is not null)
        {
            return;
        }
        const string reason = "redis-server is not installed (apt-get install redis-server); the multi-process cluster tests need it";
        if (Required)
        {
            Assert.Fail($"{reason}, and {RequireVariable}=1 says they must run");
        }
        Skip.If(true, reason);
    }

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
