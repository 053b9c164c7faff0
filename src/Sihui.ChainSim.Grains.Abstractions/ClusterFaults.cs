using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Sihui.ChainSim.Grains;

/// <summary>Tells failures caused by a lost silo or connection (worth a replay) from failures of the run itself.</summary>
public static class ClusterFaults
{
    public static bool IsClusterFault(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsClusterFault),
        OrleansMessageRejectionException or SiloUnavailableException or ConnectionFailedException
            or GrainStateLostException or GatewayTooBusyException or TimeoutException => true,
        _ => exception.InnerException is { } inner && IsClusterFault(inner),
    };
}
