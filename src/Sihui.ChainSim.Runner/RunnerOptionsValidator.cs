using Microsoft.Extensions.Options;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner.Cluster;

namespace Sihui.ChainSim.Runner;

/// <summary>Refuses an engine that cannot run where it is asked to: the direct engine runs only in this process.</summary>
public sealed class RunnerOptionsValidator(IOptions<ClusterConnectionOptions> cluster) : IValidateOptions<RunnerOptions>
{
    public ValidateOptionsResult Validate(string? name, RunnerOptions options)
    {
        if (!Enum.IsDefined(options.Engine))
        {
            return ValidateOptionsResult.Fail($"Runner:Engine must be orleans or direct, got {options.Engine}");
        }
        bool clusterEnabled;
        try
        {
            clusterEnabled = cluster.Value.Enabled;
        }
        catch (OptionsValidationException)
        {
            // The cluster's own validation reports what is wrong with it.
            return ValidateOptionsResult.Skip;
        }
        return clusterEnabled && options.Engine != EngineKind.Orleans
            ? ValidateOptionsResult.Fail("a cluster runs the orleans engine; the direct engine runs only in this process")
            : ValidateOptionsResult.Success;
    }
}
