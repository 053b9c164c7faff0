using Microsoft.Extensions.Options;

namespace Sihui.ChainSim.Runner.Cluster;

/// <summary>Checks cluster and silo options before anything connects, and says what is wrong in the user's terms.</summary>
public sealed class ChainSimClusterOptionsValidator : IValidateOptions<ClusterConnectionOptions>, IValidateOptions<SiloHostOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterConnectionOptions options) => ToResult(Problems(options));

    public ValidateOptionsResult Validate(string? name, SiloHostOptions options) => ToResult(Problems(options));

    public static IReadOnlyList<string> Problems(ClusterConnectionOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            problems.Add("Cluster:Redis is not set: pass --redis HOST:PORT or set CHAINSIM__CLUSTER__REDIS");
        }
        RequireName(problems, "Cluster:ClusterId", options.ClusterId);
        RequireName(problems, "Cluster:ServiceId", options.ServiceId);
        RequirePositive(problems, "Cluster:ConnectTimeout", options.ConnectTimeout);
        RequirePositive(problems, "Cluster:RunTimeout", options.RunTimeout);
        RequirePositive(problems, "Cluster:UnreachableTimeout", options.UnreachableTimeout);
        if (options.RetryDelay < TimeSpan.Zero)
        {
            problems.Add($"Cluster:RetryDelay must not be negative, got {options.RetryDelay}");
        }
        if (options.MaxAttempts < 1)
        {
            problems.Add($"Cluster:MaxAttempts must be at least 1, got {options.MaxAttempts}");
        }
        return problems;
    }

    public static IReadOnlyList<string> Problems(SiloHostOptions options)
    {
        var problems = new List<string>();
        RequirePort(problems, "Silo:SiloPort", options.SiloPort);
        RequirePort(problems, "Silo:GatewayPort", options.GatewayPort);
        if (options.SiloPort == options.GatewayPort)
        {
            problems.Add($"Silo:SiloPort and Silo:GatewayPort must differ, both are {options.SiloPort}");
        }
        RequireName(problems, "Silo:AdvertisedAddress", options.AdvertisedAddress);
        RequirePositive(problems, "Silo:ProbeTimeout", options.ProbeTimeout);
        RequirePositive(problems, "Silo:TableRefreshTimeout", options.TableRefreshTimeout);
        RequirePositive(problems, "Silo:IAmAliveInterval", options.IAmAliveInterval);
        if (options.MissedProbesLimit < 1)
        {
            problems.Add($"Silo:MissedProbesLimit must be at least 1, got {options.MissedProbesLimit}");
        }
        return problems;
    }

    private static ValidateOptionsResult ToResult(IReadOnlyList<string> problems) =>
        problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);

    private static void RequireName(List<string> problems, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsWhiteSpace))
        {
            problems.Add($"{key} must be a non-empty name without spaces, got '{value}'");
        }
    }

    private static void RequirePort(List<string> problems, string key, int port)
    {
        if (port is < 1 or > 65535)
        {
            problems.Add($"{key} must be a TCP port between 1 and 65535, got {port}");
        }
    }

    private static void RequirePositive(List<string> problems, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"{key} must be a positive duration such as 00:00:05, got {value}");
        }
    }
}
