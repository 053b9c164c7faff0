using System.Diagnostics;
using Sihui.ChainSim.Cluster.Tests.Support;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Engines;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Cluster.Tests;

/// <summary>All silos but one killed in the middle of a run, with the shipped failure-detection timings.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SiloLossTests(ClusterFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Two_of_three_silos_killed_mid_run_and_the_third_finishes_it_with_the_identical_result()
    {
        RedisAvailability.SkipIfMissing();
        await using var cluster = await ProcessCluster.StartAsync(fixture.Redis!.Connection, silos: 3, defaultTimings: true);
        var request = ClusterScenarios.Request(enterprises: 400, years: 8, trials: 1200, seed: 6);
        var expected = ClusterScenarios.Fingerprint((await new DirectRunner().RunAsync(request)).Result);

        var firstYear = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        var run = cluster.Client.CreateRunner().RunAsync(request, new FirstReport(firstYear));
        await Task.WhenAny(firstYear.Task, run);
        Assert.False(run.IsCompleted, "the run finished before silos could be killed; make the scenario bigger");

        var survivor = cluster.Silos[0];
        var logBefore = survivor.Output.Length;
        cluster.Silos[1].Kill();
        cluster.Silos[2].Kill();
        var killedAt = clock.Elapsed;
        var declared = MembershipProbe.UntilDeadAsync(cluster.Client.GrainFactory, [cluster.Silos[1].SiloPort, cluster.Silos[2].SiloPort], TimeSpan.FromSeconds(60));

        var outcome = await run.WaitAsync(TimeSpan.FromSeconds(120));
        var dead = await declared;
        var failoverLog = survivor.Output[logBefore..];
        output.WriteLine($"killed 2 of 3 at {killedAt.TotalSeconds:F1} s; both declared dead {dead.TotalSeconds:F1} s later; run finished at {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"survivor's log during the failover: {failoverLog.Split('\n').Length} lines, {failoverLog.Length} chars:{Environment.NewLine}{failoverLog}");

        Assert.Equal(expected, ClusterScenarios.Fingerprint(outcome.Result));
        // "Within seconds": with Orleans' defaults the dead stayed Active for about two minutes.
        Assert.True(dead < TimeSpan.FromSeconds(20), $"the killed silos were declared dead only after {dead.TotalSeconds:F1} s");
        Assert.True(failoverLog.Length < 20_000, $"the survivor wrote {failoverLog.Length} chars of log for one failover");
        Assert.DoesNotContain("   at ", failoverLog, StringComparison.Ordinal);
    }

    private sealed class FirstReport(TaskCompletionSource done) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => done.TrySetResult();
    }
}
