using Sihui.ChainSim.Contracts;
using Sihui.ChainSim.Runner;
using Sihui.ChainSim.Runner.Engines;

namespace Sihui.ChainSim.Cli.Tests;

/// <summary>Runners that stand in for engines in tests.</summary>
public static class FakeRunners
{
    /// <summary>Throws <paramref name="exception"/> instead of running.</summary>
    public sealed class Throwing(Exception exception) : ISimulationRunner
    {
        public Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default) =>
            Task.FromException<RunOutcome>(exception);
    }

    /// <summary>Behaves as if Ctrl-C was pressed during the run.</summary>
    public sealed class Cancelling(CancellationTokenSource source) : ISimulationRunner
    {
        public Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            source.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException("the token should have been cancelled");
        }
    }

    /// <summary>Runs directly but reports another engine, to show the reported engine comes from the outcome.</summary>
    public sealed class ReportingAs(EngineKind engine) : ISimulationRunner
    {
        public async Task<RunOutcome> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            var outcome = await new DirectRunner().RunAsync(request, progress, cancellationToken);
            return outcome with { Engine = engine };
        }
    }
}
