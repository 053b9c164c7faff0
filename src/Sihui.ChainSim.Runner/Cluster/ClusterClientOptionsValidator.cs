using Microsoft.Extensions.Options;

namespace Sihui.ChainSim.Runner.Cluster;

/// <summary>A client's cluster settings are checked only when it is to use the cluster; a silo checks them always.</summary>
public sealed class ClusterClientOptionsValidator : IValidateOptions<ClusterConnectionOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterConnectionOptions options) =>
        options.Enabled && ChainSimClusterOptionsValidator.Problems(options) is { Count: > 0 } problems
            ? ValidateOptionsResult.Fail(problems)
            : ValidateOptionsResult.Success;
}
