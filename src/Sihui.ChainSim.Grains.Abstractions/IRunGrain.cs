using Orleans.Concurrency;
using Sihui.ChainSim.Contracts;

namespace Sihui.ChainSim.Grains;

/// <summary>One simulation run, keyed by run id: it steps the simulated years over the run's park grains.</summary>
[Alias("IRunGrain")]
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>Starts the run in the background and returns at once; poll <see cref="GetStatusAsync"/>.</summary>
    /// <remarks>
    /// Immutable, so a call within one process passes the request as it is: a deep copy went through JSON, and for a
    /// 50,000-enterprise scenario that briefly held a 128 MiB buffer and a second copy of its 16 MB text.
    /// </remarks>
    [Alias("Start")]
    Task StartAsync(Immutable<RunRequest> request);

    [AlwaysInterleave, Alias("GetStatus")]
    Task<RunStatus> GetStatusAsync();

    /// <summary>
    /// The status as soon as it moves past what the caller has seen (more years done, or the run over), or after
    /// <paramref name="maxWait"/>: a long poll, so a client learns of the end at once without polling fast.
    /// </summary>
    [AlwaysInterleave, Alias("WaitForStatus")]
    Task<RunStatus> WaitForStatusAsync(int yearsSeen, TimeSpan maxWait);

    /// <summary>What the run runs, which silos fetch once to compile their own copy of its scenario.</summary>
    [AlwaysInterleave, Alias("GetRequest")]
    Task<Immutable<RunRequest>> GetRequestAsync();

    [AlwaysInterleave, Alias("Cancel")]
    Task CancelAsync();

    /// <summary>The client has the outcome: drop the run's stored spec and result, and let the grain go.</summary>
    [AlwaysInterleave, Alias("Forget")]
    Task ForgetAsync();
}
