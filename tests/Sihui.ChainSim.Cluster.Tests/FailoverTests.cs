using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Sihui.ChainSim.Cluster.Tests.Support;
using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Engines;
using Xunit.Abstractions;

namespace Sihui.ChainSim.Cluster.Tests;

/// <summary>A silo process killed in the middle of a run: the run still finishes, with the undisturbed numbers.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FailoverTests(ClusterFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Killing_a_silo_mid_run_still_gives_the_identical_result()
    {
        RedisAvailability.SkipIfMissing();
        // A cluster of its own, so the shared one keeps all its silos.
        await using var cluster = await ProcessCluster.StartAsync(fixture.Redis!.Connection, silos: 3);
        var request = ClusterScenarios.Request(enterprises: 400, years: 8, trials: 1200, seed: 5);
        var expected = ClusterScenarios.Fingerprint((await new DirectRunner().RunAsync(request)).Result);

        var replays = new ReplayCounter();
        var firstYear = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();
        var run = cluster.Client.CreateRunner(replays).RunAsync(request, new FirstReport(firstYear));
        await Task.WhenAny(firstYear.Task, run);
        Assert.False(run.IsCompleted, "the run finished before a silo could be killed; make the scenario bigger");

        var victim = await SiloHoldingMostGrainsAsync(cluster);
        var victimAddress = victim.ReadyLine;
        victim.Kill();
        var killedAt = clock.Elapsed;
        var detected = MembershipProbe.UntilDeadAsync(cluster.Client.GrainFactory, [victim.SiloPort], TimeSpan.FromSeconds(60));

        var outcome = await run.WaitAsync(TimeSpan.FromSeconds(90));
        output.WriteLine($"killed '{victimAddress}' at {killedAt.TotalSeconds:F1} s; run finished at {clock.Elapsed.TotalSeconds:F1} s after {replays.Count} replay(s)");
        output.WriteLine($"membership declared the killed silo dead {(await detected).TotalSeconds:F1} s after the kill");
        Assert.Equal(expected, ClusterScenarios.Fingerprint(outcome.Result));
        Assert.True(replays.Count >= 1, "the killed silo held grains of the run, so the run should have been replayed");
    }

    /// <summary>
    /// Parks are placed at random and their enterprises beside them, so a fixed victim can hold none of the run
    /// (8 parks miss a given one of 3 silos about 4% of the time). Killing the busiest silo always tests a failover.
    /// </summary>
    private static async Task<SiloProcess> SiloHoldingMostGrainsAsync(ProcessCluster cluster)
    {
        var census = await GrainCensus.SimulationGrainsBySiloAsync(cluster.Client.GrainFactory);
        var busiest = census.Where(c => c.Value > 0).OrderByDescending(c => c.Value).Select(c => c.Key.Endpoint.Port).ToList();
        Assert.NotEmpty(busiest);
        return cluster.Silos.First(s => s.SiloPort == busiest[0]);
    }

    private sealed class FirstReport(TaskCompletionSource done) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => done.TrySetResult();
    }

    /// <summary>Counts the runner's "replaying" warnings.</summary>
    private sealed class ReplayCounter : ILogger
    {
        private int _count;

        public int Count => _count;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (formatter(state, exception).Contains("replaying", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
