using Orleans.Runtime;
using Orleans.Runtime.Messaging;
using Sihui.ChainSim.Grains;

namespace Sihui.ChainSim.Grains.Abstractions.Tests;

/// <summary>A lost silo or connection is worth a replay; a failure of the run itself is not, however it is wrapped.</summary>
public sealed class ClusterFaultsTests
{
    public static TheoryData<Exception> Faults() =>
    [
        new SiloUnavailableException(),
        new ConnectionFailedException("gone"),
        new GatewayTooBusyException(),
        new GrainStateLostException("fresh state"),
        new TimeoutException("no answer"),
        new InvalidOperationException("outer", new SiloUnavailableException()),
        new AggregateException(new ArgumentException("bad"), new AggregateException(new SiloUnavailableException())),
    ];

    public static TheoryData<Exception> RunFailures() =>
    [
        new InvalidOperationException("run already started"),
        new ArgumentException("bad park index"),
        new AggregateException(new ArgumentException("a"), new DivideByZeroException()),
        new InvalidOperationException("outer", new FormatException("inner")),
    ];

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_lost_silo_or_connection_anywhere_in_the_chain_is_a_cluster_fault(Exception exception)
    {
        Assert.True(ClusterFaults.IsClusterFault(exception));
    }

    [Theory]
    [MemberData(nameof(RunFailures))]
    public void A_failure_of_the_run_itself_is_not(Exception exception)
    {
        Assert.False(ClusterFaults.IsClusterFault(exception));
    }
}
